create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  color text not null default '#22c55e',
  created_at timestamptz not null default now()
);

create table public.checkins (
  habit_id uuid not null references public.habits (id) on delete cascade,
  day date not null,
  primary key (habit_id, day)
);

alter table public.habits enable row level security;
alter table public.checkins enable row level security;

create policy "Own habits" on public.habits for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));

create policy "Own checkins" on public.checkins for all to authenticated
  using (exists (select 1 from public.habits h where h.id = habit_id and h.user_id = (select auth.uid())))
  with check (exists (select 1 from public.habits h where h.id = habit_id and h.user_id = (select auth.uid())));
