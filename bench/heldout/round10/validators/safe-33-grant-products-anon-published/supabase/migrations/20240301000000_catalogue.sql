create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text not null default '',
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  is_published boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.products enable row level security;

create policy "anyone reads published products" on public.products
  for select
  to anon, authenticated
  using (is_published);

create policy "shop owner manages products" on public.products
  for all
  to authenticated
  using (exists (select 1 from public.profiles p where p.id = auth.uid() and p.is_owner))
  with check (exists (select 1 from public.profiles p where p.id = auth.uid() and p.is_owner));

revoke all on public.products from anon;
grant select on public.products to anon;
grant select, insert, update, delete on public.products to authenticated;
