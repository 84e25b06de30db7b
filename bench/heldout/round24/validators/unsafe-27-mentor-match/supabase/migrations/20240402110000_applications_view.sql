create table public.mentee_applications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  full_name text not null,
  email text not null,
  goals text,
  status text not null default 'new'
);

alter table public.mentee_applications enable row level security;

create policy "applicants see own" on public.mentee_applications
  for select to authenticated using (auth.uid() = user_id);

create view public.application_summaries as
  select id, full_name, email, goals, status
    from public.mentee_applications;

grant select on public.application_summaries to anon;
