create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.team_members (
  team_id uuid not null references public.teams (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  primary key (team_id, user_id)
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  column_key text not null default 'todo',
  title text not null,
  position integer not null default 0
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.cards enable row level security;

create policy "members see team" on public.teams
  for select to authenticated
  using (exists (select 1 from public.team_members m where m.team_id = id and m.user_id = (select auth.uid())));

create policy "see own memberships" on public.team_members
  for select to authenticated
  using (user_id = (select auth.uid()));

create policy "members work on cards" on public.cards
  for all to authenticated
  using (exists (select 1 from public.team_members m where m.team_id = cards.team_id and m.user_id = (select auth.uid())))
  with check (exists (select 1 from public.team_members m where m.team_id = cards.team_id and m.user_id = (select auth.uid())));
