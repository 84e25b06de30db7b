create schema if not exists private;
revoke all on schema private from public, anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  at timestamptz not null default now()
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  reason text
);

alter table public.appointments enable row level security;

create policy "patients see own appointments" on public.appointments
  for select to authenticated using ((select auth.uid()) = patient_id);
create policy "patients book for themselves" on public.appointments
  for insert to authenticated with check ((select auth.uid()) = patient_id);
