create type public.order_status as enum ('pending', 'paid', 'ready', 'collected');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid references auth.users(id),
  customer_name text not null,
  phone text not null,
  pickup_at timestamptz not null,
  total_cents integer not null,
  status public.order_status not null default 'pending',
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "orders_insert" on public.orders
  for insert to anon, authenticated
  with check (true);

create policy "orders_select" on public.orders
  for select to anon, authenticated
  using (true);
