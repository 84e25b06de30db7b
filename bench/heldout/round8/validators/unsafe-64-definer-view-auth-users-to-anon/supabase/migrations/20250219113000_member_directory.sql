create or replace view public.member_directory as
  select
    u.id,
    u.email,
    u.phone,
    u.raw_user_meta_data ->> 'full_name' as full_name,
    u.last_sign_in_at
  from auth.users u;

grant select on public.member_directory to anon, authenticated;
