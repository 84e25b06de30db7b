create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  performed_on date not null default current_date,
  kind text not null,
  duration_minutes integer not null check (duration_minutes > 0),
  calories integer,
  notes text
);

create policy "Users read their workouts"
  on public.workouts for select
  using (auth.uid() = user_id);

create policy "Users log workouts"
  on public.workouts for insert
  with check (auth.uid() = user_id);

create policy "Users edit their workouts"
  on public.workouts for update
  using (auth.uid() = user_id);

create policy "Users delete their workouts"
  on public.workouts for delete
  using (auth.uid() = user_id);
