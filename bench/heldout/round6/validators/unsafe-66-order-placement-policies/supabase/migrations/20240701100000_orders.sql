create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  total_cents integer not null,
  status text not null default 'pending' check (status in ('pending', 'paid', 'shipped', 'cancelled')),
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "read own orders" on public.orders
  for select to authenticated using (user_id = auth.uid());

create policy "create orders" on public.orders
  for insert to authenticated with check (true);

create policy "update orders" on public.orders
  for update to authenticated using (true);
