create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  kind text not null,
  duration_min integer not null,
  performed_on date not null default current_date
);

create table public.body_metrics (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  weight_kg numeric(5, 2),
  recorded_on date not null default current_date
);

alter table public.workouts enable row level security;
alter table public.body_metrics enable row level security;

create policy "own workouts" on public.workouts for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
create policy "own metrics" on public.body_metrics for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
