create table public.intake_forms (
  id uuid primary key default gen_random_uuid(),
  patient_id uuid references auth.users (id),
  full_name text not null,
  date_of_birth date not null,
  medications text,
  symptoms text,
  submitted_at timestamptz not null default now()
);

alter table public.intake_forms enable row level security;

grant select, insert on public.intake_forms to anon;

create policy "intake readable" on public.intake_forms for select to anon, authenticated using (true);

create policy "patients submit intake" on public.intake_forms for insert to authenticated
  with check (patient_id = auth.uid());
