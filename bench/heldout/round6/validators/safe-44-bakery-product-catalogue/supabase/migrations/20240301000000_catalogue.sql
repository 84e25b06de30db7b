create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  description text,
  price_cents integer not null check (price_cents > 0),
  image_url text,
  available boolean not null default true
);

alter table public.products enable row level security;

create or replace function public.is_shop_admin()
returns boolean
language sql
stable
security definer
set search_path = public
as $$
  select coalesce((select is_admin from public.profiles where id = auth.uid()), false);
$$;

create policy "anyone can browse products" on public.products
  for select to anon, authenticated using (true);

create policy "admins manage products" on public.products
  for all to authenticated using (public.is_shop_admin()) with check (public.is_shop_admin());
