create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id),
  total_cents integer not null default 0,
  status text not null default 'pending',
  created_at timestamptz not null default now()
);

alter table public.orders enable row level security;

revoke all on table public.orders from anon;
grant select on table public.orders to authenticated;

create policy "orders owner read" on public.orders
  for select to authenticated using (auth.uid() = user_id);
