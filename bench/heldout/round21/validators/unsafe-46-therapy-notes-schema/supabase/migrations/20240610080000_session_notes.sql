create table public.session_notes (
  id uuid primary key default gen_random_uuid(),
  therapist_id uuid not null references auth.users (id),
  client_name text not null,
  notes text,
  session_date date not null
);

alter table public.session_notes enable row level security;

create policy "read notes" on public.session_notes
  for select to authenticated
  using (auth.uid() is not null);

create policy "write notes" on public.session_notes
  for insert to authenticated
  with check (therapist_id = auth.uid());

create policy "edit notes" on public.session_notes
  for update to authenticated
  using (therapist_id = auth.uid())
  with check (therapist_id = auth.uid());
