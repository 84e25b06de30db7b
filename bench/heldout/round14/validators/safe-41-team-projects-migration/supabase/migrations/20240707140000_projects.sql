create table public.team_members (
  team_id uuid not null,
  user_id uuid not null references auth.users(id) on delete cascade,
  role text not null default 'member',
  primary key (team_id, user_id)
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  name text not null,
  archived boolean default false
);

alter table public.team_members enable row level security;
alter table public.projects enable row level security;

create policy "members see their memberships" on public.team_members
  for select to authenticated using (user_id = auth.uid());

create policy "members read projects" on public.projects
  for select to authenticated
  using (exists (
    select 1 from public.team_members tm
    where tm.team_id = projects.team_id and tm.user_id = auth.uid()
  ));

create policy "members modify projects" on public.projects
  for update to authenticated
  using (exists (
    select 1 from public.team_members tm
    where tm.team_id = projects.team_id and tm.user_id = auth.uid()
  ))
  with check (exists (
    select 1 from public.team_members tm
    where tm.team_id = projects.team_id and tm.user_id = auth.uid()
  ));
