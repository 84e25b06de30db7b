create schema if not exists crm;

create table crm.leads (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  full_name text not null,
  email text,
  phone text,
  deal_value_cents integer
);

grant usage on schema crm to anon, authenticated;
grant select on all tables in schema crm to anon;
grant select, insert, update on all tables in schema crm to authenticated;
alter default privileges in schema crm grant select on tables to anon;
