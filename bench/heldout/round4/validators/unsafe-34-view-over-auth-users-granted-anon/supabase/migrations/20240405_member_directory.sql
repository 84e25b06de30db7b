-- Member directory for the club page
create or replace view public.member_directory as
  select
    u.id,
    u.email,
    u.raw_user_meta_data ->> 'full_name' as full_name,
    u.last_sign_in_at,
    u.created_at
  from auth.users u;

grant select on public.member_directory to anon, authenticated;
