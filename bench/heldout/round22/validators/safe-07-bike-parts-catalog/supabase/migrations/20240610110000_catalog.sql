create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  is_admin boolean not null default false
);

create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text not null default '',
  price_cents integer not null check (price_cents >= 0),
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;
alter table public.products enable row level security;

create function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select p.is_admin from public.profiles p where p.id = auth.uid()), false);
$$;

create policy "own profile readable" on public.profiles
  for select to authenticated using (id = auth.uid());

create policy "own profile name editable" on public.profiles
  for update to authenticated using (id = auth.uid()) with check (id = auth.uid());

revoke update on public.profiles from authenticated;
grant update (display_name) on public.profiles to authenticated;

create policy "catalog is public" on public.products
  for select using (true);

create policy "admins insert products" on public.products
  for insert to authenticated with check ((select public.is_admin()));

create policy "admins update products" on public.products
  for update to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

create policy "admins delete products" on public.products
  for delete to authenticated using ((select public.is_admin()));
