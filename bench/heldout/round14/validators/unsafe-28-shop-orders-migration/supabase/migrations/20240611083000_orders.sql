create table if not exists public.orders (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users(id),
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "orders_select_own" on public.orders
  for select to authenticated
  using (user_id = auth.uid());

create policy "orders_insert" on public.orders
  for insert to authenticated
  with check (true);
