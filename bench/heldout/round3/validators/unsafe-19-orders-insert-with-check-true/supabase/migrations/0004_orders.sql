create type order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  total_cents integer not null,
  status order_status not null default 'pending',
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "Users see own orders" on public.orders
  for select using (auth.uid() = user_id);

create policy "Authenticated users can create orders" on public.orders
  for insert to authenticated
  with check (true);

create policy "Authenticated users can update orders" on public.orders
  for update to authenticated
  using (true)
  with check (true);
