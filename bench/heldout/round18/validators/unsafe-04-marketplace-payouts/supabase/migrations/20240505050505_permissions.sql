create table if not exists public.payouts (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null references auth.users (id),
  iban text not null,
  amount_cents integer not null,
  created_at timestamptz default now()
);

grant usage on schema public to anon, authenticated;
grant all on all tables in schema public to anon;
grant all on all sequences in schema public to anon;
alter default privileges in schema public grant all on tables to anon;
