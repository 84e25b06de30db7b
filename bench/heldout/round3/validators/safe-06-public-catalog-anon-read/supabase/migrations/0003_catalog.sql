create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  is_admin boolean not null default false
);
alter table public.profiles enable row level security;
create policy "read own profile" on public.profiles for select using (auth.uid() = id);

create or replace function public.is_admin()
returns boolean
language sql
security definer
set search_path = ''
stable
as $$
  select coalesce((select is_admin from public.profiles where id = auth.uid()), false);
$$;

create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  published boolean not null default false
);

alter table public.products enable row level security;

-- The catalog is public on purpose: anyone may browse published products.
create policy "Published products are public" on public.products
  for select to anon, authenticated
  using (published = true or public.is_admin());

create policy "Admins manage products" on public.products
  for all to authenticated
  using (public.is_admin())
  with check (public.is_admin());

create table public.categories (
  id serial primary key,
  name text not null unique
);
alter table public.categories enable row level security;
create policy "Categories are public" on public.categories for select using (true);
create policy "Admins manage categories" on public.categories for all
  using (public.is_admin()) with check (public.is_admin());

revoke all on public.products, public.categories from anon;
grant select on public.products, public.categories to anon;
