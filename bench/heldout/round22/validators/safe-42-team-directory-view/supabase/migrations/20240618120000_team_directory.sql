create view public.team_directory
with (security_invoker = true) as
  select p.id, p.display_name, p.job_title, p.team_id
  from public.profiles p;

revoke all on public.team_directory from anon, public;
grant select on public.team_directory to authenticated;
