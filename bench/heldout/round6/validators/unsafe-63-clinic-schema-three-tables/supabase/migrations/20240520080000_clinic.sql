create table public.patients (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  full_name text not null,
  date_of_birth date
);

create table public.appointments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references public.patients (id) on delete cascade,
  starts_at timestamptz not null,
  notes text
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references public.patients (id) on delete cascade,
  amount_cents integer not null,
  card_last4 text,
  paid_at timestamptz default now()
);

alter table public.patients enable row level security;
alter table public.appointments enable row level security;

create policy "own patients" on public.patients
  for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "appointments of own patients" on public.appointments
  for all using (exists (select 1 from public.patients p where p.id = patient_id and p.owner_id = auth.uid()));

create policy "payments of own patients" on public.payments
  for select using (exists (select 1 from public.patients p where p.id = patient_id and p.owner_id = auth.uid()));
