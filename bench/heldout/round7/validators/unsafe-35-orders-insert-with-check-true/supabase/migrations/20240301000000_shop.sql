create table public.products (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  price_cents integer not null
);

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  total_cents integer not null,
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.products enable row level security;
alter table public.orders enable row level security;

create policy "Products are public" on public.products
  for select using (true);

create policy "Users see their own orders" on public.orders
  for select to authenticated
  using (auth.uid() = user_id);

create policy "Users can place orders" on public.orders
  for insert to authenticated
  with check (true);
