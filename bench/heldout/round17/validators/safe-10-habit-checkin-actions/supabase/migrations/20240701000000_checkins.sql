create table public.habit_checkins (
  habit_id uuid not null,
  user_id uuid not null references auth.users (id),
  day date not null,
  primary key (habit_id, day)
);
alter table public.habit_checkins enable row level security;
create policy "own checkins" on public.habit_checkins for all
  using (user_id = auth.uid())
  with check (
    user_id = auth.uid()
    and exists (select 1 from public.habits h where h.id = habit_id and h.user_id = auth.uid())
  );
