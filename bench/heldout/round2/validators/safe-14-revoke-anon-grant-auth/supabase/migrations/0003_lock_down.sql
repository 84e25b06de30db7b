-- Private app: nothing is readable without signing in.
revoke all on all tables in schema public from anon;
alter default privileges in schema public revoke all on tables from anon;

grant select, insert, update, delete on public.workouts to authenticated;
grant select, insert, update, delete on public.workout_sets to authenticated;

alter table public.workouts enable row level security;
alter table public.workout_sets enable row level security;

create policy "own workouts" on public.workouts for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

create policy "own sets" on public.workout_sets for all to authenticated
  using (exists (select 1 from public.workouts w where w.id = workout_id and w.user_id = (select auth.uid())))
  with check (exists (select 1 from public.workouts w where w.id = workout_id and w.user_id = (select auth.uid())));
