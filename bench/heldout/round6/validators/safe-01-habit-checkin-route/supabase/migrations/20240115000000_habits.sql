create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null
);
create table public.habit_checkins (
  id bigint generated always as identity primary key,
  habit_id uuid not null references public.habits (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  checked_on date not null,
  note text,
  unique (habit_id, checked_on)
);

alter table public.habits enable row level security;
alter table public.habit_checkins enable row level security;

create policy "own habits" on public.habits
  for all using (user_id = auth.uid()) with check (user_id = auth.uid());
create policy "own checkins" on public.habit_checkins
  for all using (user_id = auth.uid())
  with check (user_id = auth.uid() and exists (select 1 from public.habits h where h.id = habit_id and h.user_id = auth.uid()));
