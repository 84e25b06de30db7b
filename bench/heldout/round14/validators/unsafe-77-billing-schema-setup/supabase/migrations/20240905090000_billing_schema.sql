create schema if not exists billing;

create table billing.payment_methods (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  brand text,
  last4 text,
  stripe_pm_id text not null
);

grant usage on schema billing to anon, authenticated;
grant select, update on billing.payment_methods to anon;
grant select on billing.payment_methods to authenticated;
