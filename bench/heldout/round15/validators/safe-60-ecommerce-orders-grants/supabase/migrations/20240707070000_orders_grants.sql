create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id),
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

revoke all on public.orders from anon;
revoke all on public.orders from authenticated;
grant select on public.orders to authenticated;

create policy "buyer reads own orders" on public.orders
  for select to authenticated using (user_id = (select auth.uid()));
