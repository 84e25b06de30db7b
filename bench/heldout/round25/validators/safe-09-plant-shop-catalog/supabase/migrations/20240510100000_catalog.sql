create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  is_admin boolean not null default false
);
alter table public.profiles enable row level security;
create policy "read own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));

create table public.products (
  id bigint generated always as identity primary key,
  name text not null,
  description text,
  price_cents integer not null check (price_cents > 0),
  image_url text,
  in_stock boolean not null default true
);
alter table public.products enable row level security;

create policy "catalog is public" on public.products
  for select to anon, authenticated
  using (true);

create policy "admins manage catalog" on public.products
  for all to authenticated
  using (exists (select 1 from public.profiles p where p.id = (select auth.uid()) and p.is_admin))
  with check (exists (select 1 from public.profiles p where p.id = (select auth.uid()) and p.is_admin));

create table public.wishlists (
  user_id uuid not null references auth.users (id) on delete cascade,
  product_id bigint not null references public.products (id) on delete cascade,
  primary key (user_id, product_id)
);
alter table public.wishlists enable row level security;
create policy "own wishlist" on public.wishlists
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
