create table if not exists public.orders (
  id serial primary key,
  customer_email text not null,
  shipping_address text not null,
  total numeric(10,2) not null
);

grant usage on schema public to anon, authenticated;
grant all on all tables in schema public to anon, authenticated;
grant all on all sequences in schema public to anon, authenticated;
