create table public.products (
  id uuid primary key default gen_random_uuid(),
  sku text not null unique,
  name text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  active boolean not null default true
);

alter table public.products enable row level security;

create policy "active products are public" on public.products
  for select to anon, authenticated
  using (active);

revoke insert, update, delete on public.products from anon, authenticated;
grant select on public.products to anon, authenticated;
