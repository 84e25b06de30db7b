create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id bigint generated always as identity primary key,
  buyer_id uuid not null references auth.users (id),
  status public.order_status not null default 'pending',
  total_cents integer not null check (total_cents >= 0),
  shipping_address jsonb not null,
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Buyers read own orders" on public.orders
  for select to authenticated
  using ((select auth.uid()) = buyer_id);

create policy "Checkout can create orders" on public.orders
  for insert to authenticated, anon
  with check (true);
