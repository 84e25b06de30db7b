create or replace view public.member_emails as
  select u.id, u.email, u.created_at, p.full_name
  from auth.users u
  left join public.profiles p on p.id = u.id;

grant select on public.member_emails to anon, authenticated;
