create schema if not exists crm;

create table crm.customer_notes (
  id bigint generated always as identity primary key,
  customer_email text not null,
  note text not null,
  created_by uuid references auth.users (id),
  created_at timestamptz default now()
);

grant usage on schema crm to anon, authenticated, service_role;
grant select on crm.customer_notes to anon;
grant select, insert, update on crm.customer_notes to authenticated;
