create table public.itineraries (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users(id) on delete cascade,
  title text not null,
  starts_on date,
  ends_on date
);

create table public.stops (
  id uuid primary key default gen_random_uuid(),
  itinerary_id uuid not null references public.itineraries(id) on delete cascade,
  place text not null,
  day smallint not null
);

alter table public.itineraries enable row level security;
alter table public.stops enable row level security;

create policy "owner reads itineraries" on public.itineraries
  for select to authenticated using (owner_id = (select auth.uid()));
create policy "owner writes itineraries" on public.itineraries
  for all to authenticated using (owner_id = (select auth.uid())) with check (owner_id = (select auth.uid()));

create policy "owner reads stops" on public.stops
  for select to authenticated using (
    exists (select 1 from public.itineraries i where i.id = itinerary_id and i.owner_id = (select auth.uid()))
  );
create policy "owner writes stops" on public.stops
  for all to authenticated using (
    exists (select 1 from public.itineraries i where i.id = itinerary_id and i.owner_id = (select auth.uid()))
  ) with check (
    exists (select 1 from public.itineraries i where i.id = itinerary_id and i.owner_id = (select auth.uid()))
  );
