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
  column_name text not null default 'todo',
  position integer not null default 0
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.tasks enable row level security;

create policy "members see team" on public.teams for select to authenticated
  using (exists (select 1 from public.team_members m where m.team_id = teams.id and m.user_id = auth.uid()));

create policy "see own memberships" on public.team_members for select to authenticated
  using (user_id = auth.uid());

create policy "members see tasks" on public.tasks for select to authenticated
  using (exists (select 1 from public.team_members m where m.team_id = tasks.team_id and m.user_id = auth.uid()));

create policy "members add tasks" on public.tasks for insert to authenticated
  with check (exists (select 1 from public.team_members m where m.team_id = tasks.team_id and m.user_id = auth.uid()));

create policy "members move tasks" on public.tasks for update to authenticated
  using (exists (select 1 from public.team_members m where m.team_id = tasks.team_id and m.user_id = auth.uid()))
  with check (exists (select 1 from public.team_members m where m.team_id = tasks.team_id and m.user_id = auth.uid()));
