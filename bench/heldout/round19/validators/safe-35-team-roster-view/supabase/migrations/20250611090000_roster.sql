create view public.my_team_roster
with (security_invoker = true) as
  select m.team_id, m.user_id, p.display_name
  from public.team_members m
  join public.profiles p on p.id = m.user_id;

revoke all on public.my_team_roster from anon;
grant select on public.my_team_roster to authenticated;
grant usage on schema public to anon;
