create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  color text default '#22c55e',
  created_at timestamptz default now()
);

create table public.check_ins (
  habit_id uuid references public.habits (id) on delete cascade,
  day date not null,
  primary key (habit_id, day)
);

create index habits_user_idx on public.habits (user_id);
