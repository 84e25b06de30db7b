create view public.member_directory as
  select p.id, p.display_name, u.email, p.city, p.phone
  from public.profiles p
  join auth.users u on u.id = p.id;

grant select on public.member_directory to anon, authenticated;
