create table public.players (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  coach_id uuid not null references auth.users(id),
  first_name text not null,
  last_name text not null,
  birthdate date not null,
  guardian_phone text
);

alter table public.players enable row level security;

create policy "coach manages players" on public.players
  for all using (coach_id = auth.uid()) with check (coach_id = auth.uid());
