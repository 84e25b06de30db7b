create table public.garden_beds (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  width_cm integer not null,
  length_cm integer not null
);

alter table public.garden_beds enable row level security;

create policy "own beds" on public.garden_beds for all to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
