create table public.trips (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  starts_on date,
  ends_on date
);

create table public.stops (
  id uuid primary key default gen_random_uuid(),
  trip_id uuid not null references public.trips (id) on delete cascade,
  city text not null,
  nights smallint not null default 1
);

alter table public.trips enable row level security;
alter table public.stops enable row level security;

create policy "Owners read trips" on public.trips
  for select to authenticated using ((select auth.uid()) = owner_id);

create policy "Owners write trips" on public.trips
  for all to authenticated
  using ((select auth.uid()) = owner_id)
  with check ((select auth.uid()) = owner_id);

create policy "Owners read stops" on public.stops
  for select to authenticated
  using (exists (select 1 from public.trips t where t.id = trip_id and t.owner_id = (select auth.uid())));
