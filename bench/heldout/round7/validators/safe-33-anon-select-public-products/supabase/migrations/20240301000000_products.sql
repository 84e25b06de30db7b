create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  price_cents integer not null,
  image_url text,
  is_published boolean not null default false
);

alter table public.products enable row level security;

revoke all on public.products from anon;
grant select on public.products to anon;

create policy "published products are public" on public.products
  for select to anon, authenticated
  using (is_published);
