create type public.order_status as enum ('pending', 'paid', 'ready', 'collected', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users (id),
  pickup_date date not null,
  total_cents integer not null check (total_cents >= 0),
  status public.order_status not null default 'pending',
  notes text,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Customers see their orders"
  on public.orders for select
  to authenticated
  using (customer_id = auth.uid());

create policy "Customers can place orders"
  on public.orders for insert
  to authenticated
  with check (true);
