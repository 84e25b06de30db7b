create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  color text not null default '#22c55e',
  created_at timestamptz not null default now()
);

create table public.habit_checkins (
  habit_id uuid not null references public.habits (id) on delete cascade,
  day date not null,
  primary key (habit_id, day)
);

create index habits_user_idx on public.habits (user_id);

create or replace view public.habit_streaks as
select h.id as habit_id, h.user_id, count(c.day) as total_days
from public.habits h
left join public.habit_checkins c on c.habit_id = h.id
group by h.id;
