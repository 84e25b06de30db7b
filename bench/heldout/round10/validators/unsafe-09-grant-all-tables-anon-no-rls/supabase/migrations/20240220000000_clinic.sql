create table public.clinics (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  city text not null
);

create table public.patients (
  id uuid primary key default gen_random_uuid(),
  clinic_id uuid references public.clinics (id),
  full_name text not null,
  email text,
  phone text,
  notes text,
  created_at timestamptz default now()
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid references public.patients (id) on delete cascade,
  starts_at timestamptz not null,
  reason text
);

alter table public.clinics enable row level security;
create policy "clinics are public" on public.clinics for select using (true);

grant usage on schema public to anon, authenticated;
grant select, insert, update, delete on all tables in schema public to anon, authenticated;
grant usage, select on all sequences in schema public to anon, authenticated;
