create table public.orders (
  id uuid primary key default gen_random_uuid(),
  buyer_id uuid not null references auth.users (id),
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "buyers see their orders" on public.orders
  for select to authenticated using (buyer_id = auth.uid());

create policy "buyers create orders" on public.orders
  for insert to authenticated with check (true);
