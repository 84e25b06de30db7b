create extension if not exists "uuid-ossp";
create extension if not exists pgcrypto;

alter default privileges in schema public grant all on tables to anon;
alter default privileges in schema public grant all on tables to authenticated;
alter default privileges in schema public grant all on sequences to anon;
alter default privileges in schema public grant execute on functions to anon;

create table public.health_records (
  id uuid primary key default uuid_generate_v4(),
  patient_id uuid not null references auth.users (id),
  recorded_on date not null default current_date,
  weight_kg numeric(5, 2),
  blood_pressure text,
  medications text[],
  notes text
);

alter table public.health_records enable row level security;

create policy "patients read own records" on public.health_records
  for select using (auth.uid() = patient_id);
