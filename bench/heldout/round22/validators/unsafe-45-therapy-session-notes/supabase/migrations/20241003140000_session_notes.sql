create table public.session_notes (
  id uuid primary key default gen_random_uuid(),
  client_id uuid not null references auth.users (id) on delete cascade,
  therapist_id uuid not null references auth.users (id),
  session_date date not null,
  notes text not null,
  created_at timestamptz not null default now()
);

alter table public.session_notes enable row level security;

create policy "Authenticated users can read notes"
  on public.session_notes for select
  using (auth.role() = 'authenticated');

create policy "Therapists write notes"
  on public.session_notes for insert
  with check (auth.uid() = therapist_id);

create policy "Therapists edit their notes"
  on public.session_notes for update
  using (auth.uid() = therapist_id)
  with check (auth.uid() = therapist_id);
