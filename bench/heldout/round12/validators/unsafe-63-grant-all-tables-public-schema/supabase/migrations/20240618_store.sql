create table public.addresses (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  line1 text not null,
  city text not null,
  postcode text not null,
  country text not null default 'US'
);

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  address_id uuid references public.addresses (id),
  total_cents integer not null,
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.addresses enable row level security;
alter table public.orders enable row level security;

create policy "own addresses" on public.addresses
  for all using (user_id = auth.uid()) with check (user_id = auth.uid());

create policy "own orders" on public.orders
  for select using (user_id = auth.uid());

grant usage on schema public to anon, authenticated;
grant all on all tables in schema public to anon, authenticated;
grant all on all sequences in schema public to anon, authenticated;
