create table public.trips (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  starts_on date,
  ends_on date,
  notes text
);

alter table public.trips enable row level security;

create policy "trips owner all" on public.trips for all to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);
