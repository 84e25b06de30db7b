create table public.habit_logs (
  id bigint generated always as identity primary key,
  habit_id uuid not null references public.habits (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  logged_on date not null,
  unique (habit_id, logged_on)
);

alter table public.habit_logs enable row level security;

create policy "logs owner read" on public.habit_logs for select to authenticated using (auth.uid() = user_id);
create policy "logs owner insert" on public.habit_logs for insert to authenticated
  with check (
    auth.uid() = user_id
    and exists (select 1 from public.habits h where h.id = habit_id and h.user_id = auth.uid())
  );
