create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  amount numeric(12, 2) not null check (amount > 0),
  category text not null,
  spent_on date not null default current_date,
  note text
);

alter table public.expenses enable row level security;

create policy "expenses: owner select" on public.expenses
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "expenses: owner insert" on public.expenses
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "expenses: owner update" on public.expenses
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "expenses: owner delete" on public.expenses
  for delete to authenticated using ((select auth.uid()) = user_id);

create index on public.expenses (user_id, spent_on desc);
