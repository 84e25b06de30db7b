create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  status public.order_status not null default 'pending',
  total_cents integer not null check (total_cents >= 0),
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "orders_select_own" on public.orders
  for select to authenticated
  using (user_id = auth.uid());

create policy "orders_insert" on public.orders
  for insert to authenticated
  with check (true);
