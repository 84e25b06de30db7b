create table public.shop_products (
  id bigint generated always as identity primary key,
  shop_id uuid not null,
  owner_id uuid not null references auth.users (id),
  name text not null,
  price_cents integer not null check (price_cents > 0),
  is_active boolean not null default true
);

alter table public.shop_products enable row level security;

revoke all on public.shop_products from anon;
grant select on public.shop_products to anon;
grant select, insert, update, delete on public.shop_products to authenticated;

create policy "Active products are public" on public.shop_products
  for select to anon, authenticated
  using (is_active);

create policy "Owners manage their products" on public.shop_products
  for all to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
