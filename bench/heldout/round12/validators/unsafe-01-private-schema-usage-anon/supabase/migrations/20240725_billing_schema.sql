create schema if not exists billing;

create table billing.payouts (
  id uuid primary key default gen_random_uuid(),
  creator_id uuid not null references auth.users (id),
  amount_cents integer not null,
  iban text not null,
  account_holder text not null,
  paid_at timestamptz
);

create table billing.tax_forms (
  creator_id uuid primary key references auth.users (id),
  tax_id text not null,
  country text not null
);

grant usage on schema billing to anon, authenticated;
grant select on billing.payouts to anon;
grant select on billing.tax_forms to authenticated;
