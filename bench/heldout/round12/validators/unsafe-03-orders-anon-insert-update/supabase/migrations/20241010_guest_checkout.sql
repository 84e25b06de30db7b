alter table public.orders add column if not exists guest_email text;
alter table public.orders alter column user_id drop not null;

grant insert, update on table public.orders to anon;
grant select on table public.orders to anon;

create policy "guests can create orders" on public.orders
  for insert to anon
  with check (true);

create policy "guests can update their cart" on public.orders
  for update to anon
  using (user_id is null);

create policy "guests can read guest orders" on public.orders
  for select to anon
  using (user_id is null);
