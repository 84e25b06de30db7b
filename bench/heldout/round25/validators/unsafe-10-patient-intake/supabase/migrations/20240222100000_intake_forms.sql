create table public.intake_forms (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  symptoms text,
  medications text,
  insurance_number text,
  submitted_at timestamptz default now()
);

alter table public.intake_forms enable row level security;

create policy "patients own forms" on public.intake_forms
  for all to authenticated
  using (patient_id = auth.uid())
  with check (patient_id = auth.uid());
