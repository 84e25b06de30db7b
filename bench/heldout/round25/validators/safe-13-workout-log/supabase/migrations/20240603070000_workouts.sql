create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  kind text not null,
  minutes integer not null check (minutes > 0),
  performed_on date not null default current_date
);

alter table public.workouts enable row level security;

create policy "select own workouts" on public.workouts
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "insert own workouts" on public.workouts
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "update own workouts" on public.workouts
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "delete own workouts" on public.workouts
  for delete to authenticated using ((select auth.uid()) = user_id);
