create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  display_name text,
  is_admin boolean not null default false
);
alter table public.profiles enable row level security;

create policy "read own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));
-- is_admin is only ever set from SQL by the project owner, no update policy for users

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
  price_cents integer not null check (price_cents > 0),
  image_url text,
  created_at timestamptz default now()
);
alter table public.products enable row level security;

-- the catalog is public
create policy "products are public" on public.products
  for select to anon, authenticated using (true);
create policy "admins manage products" on public.products
  for all to authenticated using ((select public.is_admin())) with check ((select public.is_admin()));

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null default auth.uid() references auth.users(id),
  total_cents integer not null,
  status text not null default 'pending' check (status in ('pending', 'paid', 'cancelled')),
  created_at timestamptz default now()
);
alter table public.orders enable row level security;

create policy "customers see own orders" on public.orders
  for select to authenticated using (customer_id = (select auth.uid()));
-- orders are created by the checkout route (totals computed on the server) and
-- marked paid only by the verified Stripe webhook; no insert/update policy for clients.
