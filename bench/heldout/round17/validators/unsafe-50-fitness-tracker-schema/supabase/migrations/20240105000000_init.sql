create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null,
  minutes integer not null,
  performed_at timestamptz not null default now()
);

create table public.body_measurements (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  weight_kg numeric(5, 2),
  body_fat numeric(4, 1),
  measured_on date not null default current_date
);

create index workouts_user_idx on public.workouts (user_id, performed_at desc);
