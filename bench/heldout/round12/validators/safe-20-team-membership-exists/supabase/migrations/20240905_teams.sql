create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.team_members (
  team_id uuid references public.teams (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'member')),
  primary key (team_id, user_id)
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  name text not null,
  archived boolean not null default false
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.projects enable row level security;

create policy "members see membership" on public.team_members
  for select using (user_id = (select auth.uid()));

create policy "members see team" on public.teams
  for select using (exists (
    select 1 from public.team_members m
    where m.team_id = teams.id and m.user_id = (select auth.uid())
  ));

create policy "members read projects" on public.projects
  for select using (exists (
    select 1 from public.team_members m
    where m.team_id = projects.team_id and m.user_id = (select auth.uid())
  ));

create policy "owners write projects" on public.projects
  for all using (exists (
    select 1 from public.team_members m
    where m.team_id = projects.team_id and m.user_id = (select auth.uid()) and m.role = 'owner'
  ))
  with check (exists (
    select 1 from public.team_members m
    where m.team_id = projects.team_id and m.user_id = (select auth.uid()) and m.role = 'owner'
  ));
