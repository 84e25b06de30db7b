create schema if not exists billing;

create table billing.customers (
  user_id uuid primary key references auth.users(id),
  stripe_customer_id text not null,
  billing_email text,
  vat_number text
);

create table billing.subscriptions (
  id text primary key,
  user_id uuid not null references auth.users(id),
  status text not null,
  current_period_end timestamptz
);

grant usage on schema billing to anon, authenticated;
grant select on all tables in schema billing to anon, authenticated;
