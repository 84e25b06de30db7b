create schema if not exists private;

create table private.billing_profiles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  stripe_customer_id text not null,
  tax_id text,
  billing_address jsonb
);

-- the pricing page needs to check whether a visitor already has a customer record
grant usage on schema private to anon, authenticated;
grant select on all tables in schema private to anon, authenticated;
