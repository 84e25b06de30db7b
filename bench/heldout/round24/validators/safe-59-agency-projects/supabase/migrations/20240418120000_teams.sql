create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.team_members (
  team_id uuid references public.teams (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (team_id, user_id)
);

create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams (id) on delete cascade,
  title text not null,
  done boolean not null default false
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.tasks enable row level security;

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

create policy "members see team" on public.teams
  for select to authenticated using (public.is_team_member(id));
create policy "members see membership" on public.team_members
  for select to authenticated using (public.is_team_member(team_id));
create policy "members manage tasks" on public.tasks
  for all to authenticated
  using (public.is_team_member(team_id))
  with check (public.is_team_member(team_id));
