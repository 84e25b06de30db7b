-- customer data is never reachable without a session
revoke all on table public.customer_profiles from anon;
revoke all on table public.orders from anon;

grant select, update on table public.customer_profiles to authenticated;
grant select on table public.orders to authenticated;

alter table public.customer_profiles enable row level security;
alter table public.orders enable row level security;

create policy "own profile" on public.customer_profiles
  for all to authenticated using (id = (select auth.uid())) with check (id = (select auth.uid()));
create policy "own orders" on public.orders
  for select to authenticated using (customer_id = (select auth.uid()));
