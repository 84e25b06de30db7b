create table public.intake_forms (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid not null references auth.users(id) on delete cascade,
  allergies text,
  medications text,
  conditions text[],
  emergency_contact text,
  submitted_at timestamptz default now()
);

alter table public.intake_forms enable row level security;

create policy "Enable read access for all users" on public.intake_forms
  as permissive for select to public
  using (true);

create policy "Enable insert for users based on user_id" on public.intake_forms
  as permissive for insert to authenticated
  with check ((select auth.uid()) = patient_id);
