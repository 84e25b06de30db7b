create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  name text not null,
  created_at timestamptz not null default now()
);

create table public.habit_logs (
  id bigint generated always as identity primary key,
  habit_id uuid not null references public.habits(id) on delete cascade,
  done_on date not null default current_date
);

alter table public.habits enable row level security;
alter table public.habit_logs enable row level security;

create policy "own habits read" on public.habits for select using (auth.uid() = user_id);
create policy "own habits write" on public.habits for insert with check (auth.uid() = user_id);
create policy "delete habits" on public.habits for delete using (true);

create policy "logs read" on public.habit_logs for select using (
  exists (select 1 from public.habits h where h.id = habit_id and h.user_id = auth.uid())
);
create policy "logs delete" on public.habit_logs for delete using (true);
