create table public.habit_logs (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  habit text not null,
  logged_on date not null default current_date
);

alter table public.habit_logs enable row level security;

revoke all on public.habit_logs from anon;
grant select, insert, delete on public.habit_logs to authenticated;

create policy "own logs read" on public.habit_logs for select to authenticated using (auth.uid() = user_id);
create policy "own logs add" on public.habit_logs for insert to authenticated with check (auth.uid() = user_id);
create policy "own logs remove" on public.habit_logs for delete to authenticated using (auth.uid() = user_id);
