create table public.orders (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  status text not null default 'pending',
  total_cents integer not null,
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "Users can view own orders" on public.orders
  for select to authenticated using (auth.uid() = user_id);

create policy "Anyone can create orders" on public.orders
  for insert with check (true);
