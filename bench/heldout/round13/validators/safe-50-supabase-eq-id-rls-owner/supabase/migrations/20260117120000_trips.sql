create table public.trips (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  starts_on date,
  ends_on date
);

alter table public.trips enable row level security;

create policy "trips_select_own" on public.trips for select to authenticated using (user_id = (select auth.uid()));
create policy "trips_insert_own" on public.trips for insert to authenticated with check (user_id = (select auth.uid()));
create policy "trips_update_own" on public.trips for update to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
create policy "trips_delete_own" on public.trips for delete to authenticated using (user_id = (select auth.uid()));
