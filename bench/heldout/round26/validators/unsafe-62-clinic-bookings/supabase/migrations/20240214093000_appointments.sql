create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id) on delete cascade,
  practitioner_id uuid not null references public.practitioners (id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  patient_name text not null,
  patient_phone text not null,
  reason text,
  created_at timestamptz not null default now(),
  constraint appointments_time_check check (ends_at > starts_at)
);

alter table public.appointments enable row level security;

create policy "Enable read access for all users"
  on public.appointments for select
  using (true);

create policy "Patients book for themselves"
  on public.appointments for insert
  to authenticated
  with check (patient_id = auth.uid());

create policy "Patients cancel their appointments"
  on public.appointments for delete
  to authenticated
  using (patient_id = auth.uid());
