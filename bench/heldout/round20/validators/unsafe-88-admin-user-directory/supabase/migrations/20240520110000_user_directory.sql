create or replace view public.user_directory as
  select u.id, u.email, u.created_at, u.last_sign_in_at, p.full_name
  from auth.users u
  left join public.profiles p on p.id = u.id;

grant select on public.user_directory to anon, authenticated;
