create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  total_cents integer not null check (total_cents >= 0),
  status public.order_status not null default 'pending',
  shipping_address jsonb,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Users view own orders" on public.orders
  for select using (auth.uid() = user_id);

create policy "Users create orders" on public.orders
  for insert to authenticated
  with check (true);

create policy "Users update orders" on public.orders
  for update to authenticated
  using (auth.uid() = user_id)
  with check (true);

create index orders_user_id_idx on public.orders (user_id);
