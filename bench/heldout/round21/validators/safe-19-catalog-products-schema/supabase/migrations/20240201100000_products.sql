create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  is_admin boolean not null default false
);

alter table public.profiles enable row level security;

create policy "read own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));

create function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

create table public.products (
  id bigint generated always as identity primary key,
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  active boolean not null default true
);

alter table public.products enable row level security;

create policy "catalogue is public" on public.products
  for select using (true);

create policy "admins insert products" on public.products
  for insert to authenticated with check (public.is_admin());

create policy "admins update products" on public.products
  for update to authenticated using (public.is_admin()) with check (public.is_admin());

create policy "admins delete products" on public.products
  for delete to authenticated using (public.is_admin());
