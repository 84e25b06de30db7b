create schema if not exists billing;

create table billing.customers (
  id uuid primary key references auth.users (id) on delete cascade,
  stripe_customer_id text unique,
  billing_email text,
  tax_id text
);

create table billing.invoices (
  id text primary key,
  customer_id uuid not null references billing.customers (id),
  amount_due integer not null,
  status text not null,
  hosted_invoice_url text,
  created_at timestamptz not null default now()
);

create table billing.payment_methods (
  id text primary key,
  customer_id uuid not null references billing.customers (id),
  brand text,
  last4 text,
  exp_month smallint,
  exp_year smallint
);

grant usage on schema billing to anon, authenticated;
grant select on all tables in schema billing to anon, authenticated;
