create type public.order_status as enum ('pending', 'paid', 'delivered', 'cancelled');

create table public.orders (
  id bigint generated always as identity primary key,
  customer_id uuid not null references auth.users (id),
  status public.order_status not null default 'pending',
  total_cents integer not null check (total_cents >= 0),
  delivery_address text not null,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "customers read own orders" on public.orders
  for select to authenticated
  using (customer_id = (select auth.uid()));

create policy "customers place orders" on public.orders
  for insert to authenticated
  with check (true);
