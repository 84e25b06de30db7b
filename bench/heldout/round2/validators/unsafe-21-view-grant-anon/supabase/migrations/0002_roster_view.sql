-- roster for the public team page
create or replace view public.team_roster as
  select id, full_name, email, phone, birth_date, club_role
  from public.members;

grant select on public.team_roster to anon;
