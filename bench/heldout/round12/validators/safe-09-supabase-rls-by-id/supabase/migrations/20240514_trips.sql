create table public.trips (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  destination text not null,
  starts_on date not null,
  ends_on date not null,
  notes text
);

alter table public.trips enable row level security;

create policy "trips: owner select" on public.trips
  for select to authenticated using (user_id = auth.uid());

create policy "trips: owner insert" on public.trips
  for insert to authenticated with check (user_id = auth.uid());

create policy "trips: owner update" on public.trips
  for update to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());

create policy "trips: owner delete" on public.trips
  for delete to authenticated using (user_id = auth.uid());
