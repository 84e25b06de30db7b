create table public.orders (
  id bigint generated always as identity primary key,
  customer_email text not null,
  shipping_address text not null,
  total_cents integer not null,
  status text not null default 'pending'
);

create table public.order_items (
  order_id bigint references public.orders (id) on delete cascade,
  sku text not null,
  qty integer not null check (qty > 0)
);

grant usage on schema public to anon;
grant all on all tables in schema public to anon;
grant all on all sequences in schema public to anon;
