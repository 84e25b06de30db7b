create table public.products (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique,
  name text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  is_listed boolean not null default false
);

alter table public.products enable row level security;

revoke all on table public.products from anon, authenticated;
grant select on table public.products to anon, authenticated;

create policy "Listed products are public" on public.products
  for select to anon, authenticated
  using (is_listed);
