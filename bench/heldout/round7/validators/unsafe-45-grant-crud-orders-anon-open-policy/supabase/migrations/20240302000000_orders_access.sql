create table if not exists public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_email text not null,
  shipping_address text not null,
  total_cents integer not null,
  status text not null default 'pending'
);

alter table public.orders enable row level security;

grant select, insert, update, delete on public.orders to anon, authenticated;

create policy "orders_public_access" on public.orders
  for all to public
  using (true) with check (true);
