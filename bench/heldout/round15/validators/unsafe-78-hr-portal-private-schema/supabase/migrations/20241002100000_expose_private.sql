create schema if not exists private;

create table if not exists private.salaries (
  employee_id uuid primary key references auth.users(id),
  base_salary_cents bigint not null,
  bonus_cents bigint not null default 0,
  bank_iban text
);

grant usage on schema private to anon, authenticated;
grant select on all tables in schema private to anon, authenticated;
