create table public.intake_forms (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users (id) on delete cascade,
  date_of_birth date not null,
  insurance_provider text,
  insurance_member_id text,
  medications text,
  allergies text,
  reason_for_visit text not null,
  submitted_at timestamptz not null default now()
);

alter table public.intake_forms enable row level security;

create policy "Authenticated users manage intake forms"
  on public.intake_forms
  for all
  to authenticated
  using (true)
  with check (true);
