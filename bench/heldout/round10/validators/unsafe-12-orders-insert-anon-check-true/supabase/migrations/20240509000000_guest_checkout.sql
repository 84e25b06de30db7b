-- guest checkout: allow orders without an account
create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id),
  email text not null,
  items jsonb not null,
  total_cents integer not null,
  status text not null default 'pending',
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "guests create orders" on public.orders
  for insert to anon
  with check (true);

create policy "guests update orders" on public.orders
  for update to anon
  using (true)
  with check (true);

create policy "users read own orders" on public.orders
  for select to authenticated
  using (auth.uid() = user_id);

grant insert, update on public.orders to anon;
grant select on public.orders to authenticated;
