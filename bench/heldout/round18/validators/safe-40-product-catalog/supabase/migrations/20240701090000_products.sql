create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  is_admin boolean not null default false
);

alter table public.profiles enable row level security;

create policy "profiles: read own" on public.profiles
  for select to authenticated using (id = (select auth.uid()));

create or replace function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

revoke execute on function public.is_admin() from public;
grant execute on function public.is_admin() to authenticated;

create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null check (price_cents >= 0),
  image_url text,
  created_at timestamptz default now()
);

alter table public.products enable row level security;

create policy "products: anyone can browse" on public.products
  for select using (true);

create policy "products: admins insert" on public.products
  for insert to authenticated with check (public.is_admin());

create policy "products: admins update" on public.products
  for update to authenticated using (public.is_admin()) with check (public.is_admin());

create policy "products: admins delete" on public.products
  for delete to authenticated using (public.is_admin());
