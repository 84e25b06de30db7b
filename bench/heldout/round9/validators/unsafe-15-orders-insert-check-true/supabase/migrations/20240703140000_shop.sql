create table public.products (
  id bigint generated always as identity primary key,
  name text not null,
  price_cents integer not null check (price_cents >= 0),
  active boolean not null default true
);

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  product_id bigint not null references public.products (id),
  quantity integer not null default 1,
  total_cents integer not null,
  status text not null default 'pending',
  created_at timestamptz not null default now()
);

alter table public.products enable row level security;
alter table public.orders enable row level security;

create policy "Products are public" on public.products
  for select using (active);

create policy "Users see their orders" on public.orders
  for select to authenticated
  using (auth.uid() = user_id);

create policy "Authenticated users can create orders" on public.orders
  for insert to authenticated
  with check (true);
