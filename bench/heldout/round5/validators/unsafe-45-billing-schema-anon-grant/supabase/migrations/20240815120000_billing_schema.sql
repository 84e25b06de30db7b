create schema if not exists billing;

create table billing.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users(id),
  number text not null unique,
  amount_cents integer not null,
  billing_address jsonb not null,
  vat_id text,
  issued_at timestamptz not null default now()
);

create table billing.payment_methods (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users(id),
  brand text not null,
  last4 text not null,
  exp_month int not null,
  exp_year int not null
);

-- expose the schema to the Data API (also added to "Exposed schemas" in the dashboard)
grant usage on schema billing to anon, authenticated;
grant select on all tables in schema billing to anon, authenticated;
alter default privileges in schema billing grant select on tables to anon, authenticated;
