create table public.patients (
  id uuid primary key default gen_random_uuid(),
  clinician_id uuid not null references auth.users (id),
  full_name text not null,
  date_of_birth date,
  created_at timestamptz default now()
);

create table public.patient_notes (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references public.patients (id) on delete cascade,
  author_id uuid not null references auth.users (id),
  note text not null,
  created_at timestamptz default now()
);

alter table public.patients enable row level security;
alter table public.patient_notes enable row level security;

create policy "Clinicians see own patients" on public.patients
  for select using (clinician_id = auth.uid());

create policy "Authenticated users can read notes" on public.patient_notes
  for select using (auth.role() = 'authenticated');

create policy "Authenticated users can write notes" on public.patient_notes
  for insert with check (auth.role() = 'authenticated');

create policy "Authenticated users can edit notes" on public.patient_notes
  for update using (auth.role() = 'authenticated');
