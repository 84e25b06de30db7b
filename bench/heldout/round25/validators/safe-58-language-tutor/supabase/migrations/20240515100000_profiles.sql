create table public.learner_profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text,
  native_language text,
  target_language text,
  level text
);

alter table public.learner_profiles enable row level security;

create policy "learner reads self" on public.learner_profiles
  for select to authenticated using (id = (select auth.uid()));

create policy "learner updates self" on public.learner_profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));

revoke all on table public.learner_profiles from anon, public;
grant select, update on table public.learner_profiles to authenticated;
