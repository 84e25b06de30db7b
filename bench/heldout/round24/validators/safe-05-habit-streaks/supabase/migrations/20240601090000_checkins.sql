create table public.checkins (
  id bigint generated always as identity primary key,
  habit_id bigint not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  day date not null,
  unique (habit_id, day)
);

alter table public.checkins enable row level security;

create policy "own checkins read" on public.checkins
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "own checkins insert" on public.checkins
  for insert to authenticated with check ((select auth.uid()) = user_id);
