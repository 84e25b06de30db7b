create table public.orders (
  id uuid primary key default gen_random_uuid(),
  buyer_id uuid references auth.users (id),
  email text not null,
  address text not null,
  total_cents integer not null
);
alter table public.orders enable row level security;

grant select on public.orders to anon;

create policy "order status page" on public.orders for select to anon using (true);
create policy "buyer reads own" on public.orders for select to authenticated using (buyer_id = auth.uid());
