create table public.tutoring_sessions (
  id uuid primary key default gen_random_uuid(),
  student_id uuid not null references auth.users (id),
  tutor_id uuid not null references auth.users (id),
  starts_at timestamptz not null,
  notes text
);

alter table public.tutoring_sessions enable row level security;

create policy "student or tutor" on public.tutoring_sessions
  for all using (auth.uid() in (student_id, tutor_id))
  with check (auth.uid() in (student_id, tutor_id));

grant select, insert, update, delete on all tables in schema public to anon;
alter default privileges in schema public grant all on tables to anon;
