create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id),
  kind text not null,
  minutes integer not null check (minutes > 0),
  done_on date not null default current_date
);
