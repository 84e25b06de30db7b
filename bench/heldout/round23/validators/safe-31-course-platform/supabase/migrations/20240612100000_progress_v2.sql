drop table if exists public.lesson_progress;

create table public.lesson_progress (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id uuid not null,
  seconds_watched integer not null default 0,
  completed_at timestamptz,
  primary key (user_id, lesson_id)
);

alter table public.lesson_progress enable row level security;

create policy "Learners read progress" on public.lesson_progress
  for select to authenticated
  using ((select auth.uid()) = user_id);

create policy "Learners write progress" on public.lesson_progress
  for insert to authenticated
  with check ((select auth.uid()) = user_id);

create policy "Learners update progress" on public.lesson_progress
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
