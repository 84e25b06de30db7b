create type public.order_status as enum ('pending', 'paid', 'shipped', 'cancelled');

create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  total_cents integer not null,
  status public.order_status not null default 'pending',
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

create policy "Buyers see their orders"
  on public.orders for select to authenticated
  using (auth.uid() = user_id);

create policy "Buyers can place orders"
  on public.orders for insert to authenticated
  with check (true);
