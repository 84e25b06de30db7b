create table public.team_members (
  team_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'member')),
  primary key (team_id, user_id)
);

create table public.team_docs (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null,
  title text not null,
  content text not null default ''
);

alter table public.team_members enable row level security;
alter table public.team_docs enable row level security;

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

revoke execute on function public.is_team_member(uuid) from public, anon;
grant execute on function public.is_team_member(uuid) to authenticated;

create policy "members see memberships" on public.team_members
  for select to authenticated using (public.is_team_member(team_id));

create policy "members read docs" on public.team_docs
  for select to authenticated using (public.is_team_member(team_id));

create policy "members write docs" on public.team_docs
  for insert to authenticated with check (public.is_team_member(team_id));

create policy "members edit docs" on public.team_docs
  for update to authenticated
  using (public.is_team_member(team_id))
  with check (public.is_team_member(team_id));
