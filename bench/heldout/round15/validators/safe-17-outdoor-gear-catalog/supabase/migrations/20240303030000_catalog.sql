create table public.products (
  id bigint generated always as identity primary key,
  slug text unique not null,
  name text not null,
  description text,
  price_cents integer not null,
  is_published boolean not null default false
);

alter table public.products enable row level security;

revoke all on public.products from anon;
grant select on public.products to anon;

create policy "published products are visible" on public.products
  for select to anon, authenticated using (is_published);
