create table public.teams (id uuid primary key default gen_random_uuid(), name text not null);

create table public.team_members (
  team_id uuid references public.teams (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (team_id, user_id)
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  col text not null default 'todo',
  title text not null,
  position integer not null default 0
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.cards enable row level security;

create policy "members see their memberships" on public.team_members
  for select using (user_id = auth.uid());

create policy "members see their teams" on public.teams
  for select using (exists (select 1 from public.team_members m where m.team_id = teams.id and m.user_id = auth.uid()));

create policy "members manage cards" on public.cards
  for all
  using (exists (select 1 from public.team_members m where m.team_id = cards.team_id and m.user_id = auth.uid()))
  with check (exists (select 1 from public.team_members m where m.team_id = cards.team_id and m.user_id = auth.uid()));
