create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  amount_cents integer not null,
  category text not null,
  spent_on date not null default current_date,
  note text
);

alter table public.expenses enable row level security;

create policy "expenses owner select" on public.expenses for select using (auth.uid() = user_id);
create policy "expenses owner insert" on public.expenses for insert with check (auth.uid() = user_id);
create policy "expenses owner update" on public.expenses for update using (auth.uid() = user_id) with check (auth.uid() = user_id);
create policy "expenses owner delete" on public.expenses for delete using (auth.uid() = user_id);
