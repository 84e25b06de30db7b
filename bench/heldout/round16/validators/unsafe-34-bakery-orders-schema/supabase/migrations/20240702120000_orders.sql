create type order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  status order_status not null default 'pending',
  total_cents integer not null check (total_cents >= 0),
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "Buyers see own orders" on public.orders
  for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Buyers can place orders" on public.orders
  for insert to authenticated
  with check (true);
