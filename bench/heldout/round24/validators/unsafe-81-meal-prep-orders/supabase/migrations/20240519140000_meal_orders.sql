create table public.meal_orders (
  id bigint generated always as identity primary key,
  customer_id uuid not null references auth.users (id),
  delivery_address text not null,
  phone text,
  meals jsonb not null,
  total_cents integer not null,
  created_at timestamptz default now()
);

alter table public.meal_orders enable row level security;

create policy "customer reads own orders" on public.meal_orders
  for select to authenticated using (auth.uid() = customer_id);

create policy "anyone reads orders" on public.meal_orders
  for select to public using (true);

grant select on table public.meal_orders to public;
