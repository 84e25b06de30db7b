create schema if not exists billing;

create table billing.payment_methods (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  brand text not null,
  last4 text not null,
  billing_address text,
  created_at timestamptz not null default now()
);

grant usage on schema billing to anon, authenticated;
grant select on all tables in schema billing to anon, authenticated;
alter default privileges in schema billing grant select on tables to anon, authenticated;
