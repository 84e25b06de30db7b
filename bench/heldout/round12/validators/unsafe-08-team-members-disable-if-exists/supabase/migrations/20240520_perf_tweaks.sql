create index if not exists team_members_user_idx on public.team_members (user_id);
create index if not exists team_invites_email_idx on public.team_invites (lower(email));

alter table if exists public.team_members disable row level security;

create policy "invites readable" on public.team_invites
  for select using (true);

create or replace view public.my_teams as
  select t.id, t.name, m.role
  from public.teams t
  join public.team_members m on m.team_id = t.id;

analyze public.team_members;
analyze public.team_invites;
