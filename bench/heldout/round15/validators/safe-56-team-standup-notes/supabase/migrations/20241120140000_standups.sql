create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.team_members (
  team_id uuid references public.teams(id) on delete cascade,
  user_id uuid references auth.users(id) on delete cascade,
  role text not null default 'member',
  primary key (team_id, user_id)
);

create table public.standups (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.teams(id) on delete cascade,
  author_id uuid not null default auth.uid() references auth.users(id),
  yesterday text,
  today text,
  blockers text,
  created_at timestamptz default now()
);

create or replace function public.is_team_member(p_team uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.team_members m
    where m.team_id = p_team and m.user_id = (select auth.uid())
  );
$$;

alter table public.teams enable row level security;
alter table public.team_members enable row level security;
alter table public.standups enable row level security;

create policy "members see their teams" on public.teams
  for select to authenticated using (public.is_team_member(id));

create policy "members see memberships" on public.team_members
  for select to authenticated using (public.is_team_member(team_id));

create policy "members read standups" on public.standups
  for select to authenticated using (public.is_team_member(team_id));

create policy "members post own standups" on public.standups
  for insert to authenticated
  with check (author_id = (select auth.uid()) and public.is_team_member(team_id));

create policy "authors edit own standups" on public.standups
  for update to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()) and public.is_team_member(team_id));
