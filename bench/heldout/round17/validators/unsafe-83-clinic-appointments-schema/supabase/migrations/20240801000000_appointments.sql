create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  reason text,
  notes text
);

alter table public.appointments enable row level security;

create policy "patients read own" on public.appointments
  for select using (patient_id = auth.uid());
create policy "patients book" on public.appointments
  for insert with check (patient_id = auth.uid());
