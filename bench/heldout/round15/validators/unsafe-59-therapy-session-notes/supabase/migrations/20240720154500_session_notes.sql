create table public.session_notes (
  id uuid primary key default gen_random_uuid(),
  therapist_id uuid not null references auth.users(id),
  client_name text not null,
  session_date date not null,
  notes text,
  created_at timestamptz default now()
);

alter table public.session_notes enable row level security;

create policy "Therapists can read notes" on public.session_notes
  for select using (auth.role() = 'authenticated');

create policy "Therapists can write notes" on public.session_notes
  for insert with check (auth.role() = 'authenticated');

create policy "Therapists can edit notes" on public.session_notes
  for update using (auth.role() = 'authenticated');
