create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  name text not null,
  color text default '#22c55e',
  target_per_week int not null default 7,
  created_at timestamptz not null default now()
);

create table public.habit_checkins (
  id uuid primary key default gen_random_uuid(),
  habit_id uuid not null references public.habits(id) on delete cascade,
  user_id uuid not null references auth.users(id) on delete cascade,
  checked_on date not null,
  unique (habit_id, checked_on)
);

create index habit_checkins_user_idx on public.habit_checkins (user_id, checked_on desc);
