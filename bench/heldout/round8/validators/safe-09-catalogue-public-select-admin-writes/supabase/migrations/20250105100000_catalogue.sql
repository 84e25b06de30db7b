create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  is_admin boolean not null default false
);
alter table public.profiles enable row level security;

create policy "read own profile" on public.profiles
  for select to authenticated using (auth.uid() = id);

-- is_admin can only be changed with SQL; no update policy on profiles
create or replace function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  active boolean not null default true
);
alter table public.products enable row level security;

create policy "Anyone can browse products" on public.products
  for select to anon, authenticated
  using (true);

create policy "Admins insert products" on public.products
  for insert to authenticated with check (public.is_admin());

create policy "Admins update products" on public.products
  for update to authenticated using (public.is_admin()) with check (public.is_admin());

create policy "Admins delete products" on public.products
  for delete to authenticated using (public.is_admin());
