alter default privileges in schema public grant select, insert, update, delete on tables to anon;

create table public.patients (
  id uuid primary key default gen_random_uuid(),
  clinic_id uuid not null,
  full_name text not null,
  date_of_birth date not null,
  notes text
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references public.patients (id),
  starts_at timestamptz not null
);
