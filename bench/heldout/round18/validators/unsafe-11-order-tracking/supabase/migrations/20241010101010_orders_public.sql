create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  shipping_name text not null,
  shipping_address text not null,
  total_cents integer not null,
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "order tracking" on public.orders
  for select to anon, authenticated
  using (true);

create policy "customers place orders" on public.orders
  for insert to authenticated
  with check (user_id = auth.uid());

grant select on public.orders to anon;
