create schema if not exists private;

create table private.customers (
  id uuid primary key default gen_random_uuid(),
  email text not null,
  phone text,
  stripe_customer_id text
);

grant usage on schema private to anon, authenticated;
grant select on all tables in schema private to anon, authenticated;
