create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null,
  is_active boolean not null default true
);

alter table public.products enable row level security;

create policy "active products are public" on public.products
  for select to anon, authenticated
  using (is_active);

revoke all on public.products from anon;
grant select on public.products to anon;
