create table public.rentals (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid references auth.users(id),
  customer_name text not null,
  phone text not null,
  bike_id integer not null,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  payment_ref text
);

alter table public.rentals enable row level security;

create policy "customers read own rentals" on public.rentals
  for select using (auth.uid() = customer_id);

grant select, insert, update, delete on public.rentals to anon;
grant select, insert, update, delete on public.rentals to authenticated;
