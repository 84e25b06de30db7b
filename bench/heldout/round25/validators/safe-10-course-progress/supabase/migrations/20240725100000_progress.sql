create table public.lesson_progress (
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id uuid not null,
  completed_at timestamptz,
  primary key (user_id, lesson_id)
);

alter table public.lesson_progress enable row level security;

create policy "own progress" on public.lesson_progress
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));

create view public.my_progress
with (security_invoker = true) as
  select lesson_id, completed_at from public.lesson_progress;

revoke all on public.my_progress from anon;
grant select on public.my_progress to authenticated;
