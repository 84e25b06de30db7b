create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  origin text,
  roast text check (roast in ('light', 'medium', 'dark')),
  price_cents integer not null,
  image_url text,
  active boolean not null default true
);

alter table public.products enable row level security;

revoke all on public.products from anon, authenticated;
grant select on public.products to anon, authenticated;

create policy "Active products are public"
  on public.products for select
  to anon, authenticated
  using (active);
