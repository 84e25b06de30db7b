create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.team_members (
  team_id uuid references public.teams (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'owner')),
  primary key (team_id, user_id)
);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  name text not null
);

create or replace function public.is_team_member(t uuid)
returns boolean
language sql
security definer
set search_path = ''
stable
as $$
  select exists (
    select 1 from public.team_members m
    where m.team_id = t and m.user_id = (select auth.uid())
  );
$$;

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.projects enable row level security;

create policy "members see team" on public.teams for select using (public.is_team_member(id));
create policy "members see members" on public.team_members for select using (public.is_team_member(team_id));
create policy "members see projects" on public.projects for select using (public.is_team_member(team_id));
create policy "members add projects" on public.projects for insert with check (public.is_team_member(team_id));
create policy "members edit projects" on public.projects for update
  using (public.is_team_member(team_id)) with check (public.is_team_member(team_id));
