create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  status public.order_status not null default 'pending',
  total_cents integer not null check (total_cents >= 0),
  shipping_address jsonb not null,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Users see their orders"
  on public.orders
  for select
  to authenticated
  using (auth.uid() = user_id);

create policy "Anyone can place an order"
  on public.orders
  for insert
  with check (true);
