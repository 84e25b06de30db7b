create view public.member_directory as
  select u.id, u.email, u.last_sign_in_at, p.display_name, p.city
  from auth.users u
  join public.profiles p on p.id = u.id;

grant select on public.member_directory to anon, authenticated;
