create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  kind text not null,
  duration_min integer not null check (duration_min > 0),
  performed_on date not null default current_date
);

alter table public.workouts enable row level security;

create policy "own workouts read" on public.workouts
  for select using ((select auth.uid()) = user_id);
create policy "own workouts write" on public.workouts
  for insert with check ((select auth.uid()) = user_id);
create policy "own workouts update" on public.workouts
  for update using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "own workouts delete" on public.workouts
  for delete using ((select auth.uid()) = user_id);
