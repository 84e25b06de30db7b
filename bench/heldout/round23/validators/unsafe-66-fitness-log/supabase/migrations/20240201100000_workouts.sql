create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  kind text not null,
  duration_min integer not null check (duration_min > 0),
  heart_rate_avg integer,
  body_weight_kg numeric(5, 2),
  logged_at timestamptz not null default now()
);

alter table public.workouts enable row level security;

create policy "Users manage their workouts" on public.workouts
  for all to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);
