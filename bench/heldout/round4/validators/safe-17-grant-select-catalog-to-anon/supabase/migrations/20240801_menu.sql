create table public.menu_items (
  id serial primary key,
  name text not null,
  description text,
  price_cents integer not null,
  is_available boolean not null default true
);

create table public.cart_orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id),
  items jsonb not null,
  created_at timestamptz default now()
);

alter table public.menu_items enable row level security;
alter table public.cart_orders enable row level security;

revoke all on public.menu_items from anon;
grant select on public.menu_items to anon, authenticated;

revoke all on public.cart_orders from anon;
grant select, insert on public.cart_orders to authenticated;

create policy "Anyone can see available menu items"
  on public.menu_items for select to anon, authenticated
  using (is_available);

create policy "Customers see their own orders"
  on public.cart_orders for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Customers place their own orders"
  on public.cart_orders for insert to authenticated
  with check (user_id = (select auth.uid()));
