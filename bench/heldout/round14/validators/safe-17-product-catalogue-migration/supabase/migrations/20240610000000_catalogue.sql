create table public.products (
  id bigint generated always as identity primary key,
  name text not null,
  price_cents integer not null,
  image_url text
);

alter table public.products enable row level security;
create policy "catalogue is public" on public.products for select using (true);

revoke all on public.products from anon;
grant select on public.products to anon;
