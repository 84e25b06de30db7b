create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) default auth.uid(),
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'pending' check (status in ('pending', 'paid', 'cancelled')),
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "Users see their own orders" on public.orders
  for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Users create pending orders for themselves" on public.orders
  for insert to authenticated
  with check ((select auth.uid()) = user_id and status = 'pending');
