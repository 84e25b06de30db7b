create or replace view public.member_emails as
  select u.id, u.email, u.last_sign_in_at, u.raw_user_meta_data ->> 'full_name' as full_name
  from auth.users u;

grant select on public.member_emails to anon, authenticated;
