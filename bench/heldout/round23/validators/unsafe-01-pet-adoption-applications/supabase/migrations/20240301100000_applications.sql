create table public.adoption_applications (
  id uuid primary key default gen_random_uuid(),
  applicant_id uuid not null references auth.users (id),
  pet_id uuid not null,
  message text,
  created_at timestamptz not null default now()
);

alter table public.adoption_applications enable row level security;

create policy "Applicants see their applications" on public.adoption_applications
  for select using (auth.uid() = applicant_id);

create policy "Applicants apply" on public.adoption_applications
  for insert with check (auth.uid() = applicant_id);
