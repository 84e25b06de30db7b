create table public.orders (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id),
  total_cents integer not null,
  status text not null default 'pending'
);

alter table public.orders enable row level security;

revoke all on public.orders from anon;
revoke all on public.orders from authenticated;
grant select, insert on public.orders to authenticated;

create policy "own orders read" on public.orders
  for select to authenticated using (user_id = (select auth.uid()));
create policy "own orders create" on public.orders
  for insert to authenticated with check (user_id = (select auth.uid()) and status = 'pending');
