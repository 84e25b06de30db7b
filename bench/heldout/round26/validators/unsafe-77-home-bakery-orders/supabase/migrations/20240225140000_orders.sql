create table public.orders (
  id uuid primary key default gen_random_uuid(),
  customer_name text not null,
  customer_email text not null,
  delivery_address text not null,
  items jsonb not null,
  total_cents integer not null,
  status text not null default 'new',
  created_at timestamptz not null default now()
);

grant all on table public.orders to anon;
grant all on table public.orders to authenticated;
