create table public.workouts (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  kind text not null,
  duration_min integer not null check (duration_min between 1 and 1440),
  performed_on date not null default current_date
);

alter table public.workouts enable row level security;

create policy "workouts_select" on public.workouts
  for select to authenticated using ((select auth.uid()) = owner_id);

create policy "workouts_insert" on public.workouts
  for insert to authenticated with check ((select auth.uid()) = owner_id);

create policy "workouts_update" on public.workouts
  for update to authenticated
  using ((select auth.uid()) = owner_id)
  with check ((select auth.uid()) = owner_id);

create policy "workouts_delete" on public.workouts
  for delete to authenticated using ((select auth.uid()) = owner_id);
