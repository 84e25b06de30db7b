create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  is_owner boolean not null default false
);

create table public.products (
  id bigint generated always as identity primary key,
  name text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  created_at timestamptz default now()
);

alter table public.profiles enable row level security;
alter table public.products enable row level security;

create or replace function public.is_shop_owner()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_owner from public.profiles p where p.id = auth.uid()), false);
$$;

create policy "Profiles: read own" on public.profiles
  for select to authenticated using (id = auth.uid());

create policy "Catalog is public" on public.products
  for select to anon, authenticated using (true);

create policy "Owners insert products" on public.products
  for insert to authenticated with check (public.is_shop_owner());

create policy "Owners update products" on public.products
  for update to authenticated using (public.is_shop_owner()) with check (public.is_shop_owner());

create policy "Owners delete products" on public.products
  for delete to authenticated using (public.is_shop_owner());
