create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  buyer_id uuid not null references auth.users (id),
  total_cents integer not null check (total_cents >= 0),
  status public.order_status not null default 'pending',
  shipping_address jsonb not null,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "buyers read own orders" on public.orders
  for select to authenticated using (buyer_id = auth.uid());

create policy "buyers create orders" on public.orders
  for insert to authenticated with check (buyer_id = auth.uid() and status = 'pending');

create policy "buyers edit own orders" on public.orders
  for update to authenticated
  using (buyer_id = auth.uid())
  with check (true);
