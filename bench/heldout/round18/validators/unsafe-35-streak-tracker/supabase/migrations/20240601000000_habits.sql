create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  color text not null default '#22c55e',
  created_at timestamptz not null default now()
);

create table public.habit_checkins (
  id bigint generated always as identity primary key,
  habit_id uuid not null references public.habits (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  day date not null,
  unique (habit_id, day)
);

create index habit_checkins_user_day on public.habit_checkins (user_id, day);
