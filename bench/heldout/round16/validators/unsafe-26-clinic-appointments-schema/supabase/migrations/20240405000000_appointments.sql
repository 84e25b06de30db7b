create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  reason text,
  notes text
);

create policy "patients read own appointments" on public.appointments
  for select using (auth.uid() = patient_id);

create policy "patients book for themselves" on public.appointments
  for insert with check (auth.uid() = patient_id);

create policy "patients cancel own" on public.appointments
  for delete using (auth.uid() = patient_id);
