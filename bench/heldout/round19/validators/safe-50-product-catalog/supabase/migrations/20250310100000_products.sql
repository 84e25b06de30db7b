create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  is_admin boolean not null default false
);

create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  image_url text
);

alter table public.profiles enable row level security;
alter table public.products enable row level security;

create or replace function public.is_admin()
returns boolean
language sql
security definer
stable
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

create policy "profiles self read" on public.profiles for select to authenticated
  using (id = auth.uid());

create policy "catalog is public" on public.products for select using (true);

create policy "admins insert products" on public.products for insert to authenticated
  with check (public.is_admin());
create policy "admins update products" on public.products for update to authenticated
  using (public.is_admin()) with check (public.is_admin());
create policy "admins delete products" on public.products for delete to authenticated
  using (public.is_admin());
