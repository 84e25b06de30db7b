create table public.budget_categories (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  monthly_limit numeric(10, 2) not null default 0
);

alter table public.budget_categories enable row level security;

create policy "read own categories" on public.budget_categories
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "insert own categories" on public.budget_categories
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "update own categories" on public.budget_categories
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "delete own categories" on public.budget_categories
  for delete to authenticated using ((select auth.uid()) = user_id);
