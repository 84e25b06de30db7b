create table public.products (
  id uuid primary key default gen_random_uuid(),
  sku text not null unique,
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  in_stock integer not null default 0
);

alter table public.products enable row level security;

revoke all on public.products from anon;
grant select on public.products to anon;

create policy "products are public" on public.products for select to anon, authenticated using (true);

create policy "admins write products" on public.products for all to authenticated
  using ((select public.is_admin())) with check ((select public.is_admin()));
