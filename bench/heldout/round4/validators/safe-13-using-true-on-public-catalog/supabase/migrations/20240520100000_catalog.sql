create table public.categories (
  id serial primary key,
  slug text unique not null,
  name text not null
);

create table public.products (
  id uuid primary key default gen_random_uuid(),
  category_id int references public.categories(id),
  name text not null,
  description text,
  price_cents int not null check (price_cents >= 0),
  is_published boolean not null default false,
  created_at timestamptz default now()
);

create or replace function public.is_admin()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select role = 'admin' from public.profiles where id = auth.uid()), false);
$$;

alter table public.categories enable row level security;
alter table public.products enable row level security;

create policy "Categories are public" on public.categories
  for select to anon, authenticated
  using (true);

create policy "Published products are public" on public.products
  for select to anon, authenticated
  using (is_published or public.is_admin());

create policy "Admins manage categories" on public.categories
  for all to authenticated
  using (public.is_admin())
  with check (public.is_admin());

create policy "Admins manage products" on public.products
  for all to authenticated
  using (public.is_admin())
  with check (public.is_admin());
