create table public.lesson_progress (
  user_id uuid not null references auth.users (id) on delete cascade,
  lesson_id uuid not null,
  completed boolean not null default false,
  primary key (user_id, lesson_id)
);

alter table public.lesson_progress enable row level security;

create policy "Learners track progress" on public.lesson_progress
  for all to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
