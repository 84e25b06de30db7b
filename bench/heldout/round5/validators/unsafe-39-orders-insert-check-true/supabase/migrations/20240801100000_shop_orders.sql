create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  status public.order_status not null default 'pending',
  total_cents integer not null,
  created_at timestamptz not null default now()
);

create table public.order_items (
  order_id uuid references public.orders(id) on delete cascade,
  product_id uuid not null,
  quantity integer not null check (quantity > 0),
  unit_price_cents integer not null,
  primary key (order_id, product_id)
);

alter table public.orders enable row level security;
alter table public.order_items enable row level security;

create policy "Users see their orders" on public.orders
  for select to authenticated
  using (auth.uid() = user_id);

create policy "Users can create orders" on public.orders
  for insert to authenticated
  with check (true);

create policy "Users see their order items" on public.order_items
  for select to authenticated
  using (exists (select 1 from public.orders o where o.id = order_id and o.user_id = auth.uid()));

create policy "Users add items" on public.order_items
  for insert to authenticated
  with check (true);
