create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  clinician text not null,
  starts_at timestamptz not null
);

alter table public.appointments enable row level security;

create policy "patients read own appointments" on public.appointments
  for select to authenticated using (patient_id = auth.uid());

create view public.upcoming_appointments
  with (security_invoker = true)
as
  select a.id, a.patient_id, a.clinician, a.starts_at
  from public.appointments a
  where a.starts_at > now();

revoke all on public.upcoming_appointments from anon;
grant select on public.upcoming_appointments to authenticated;
