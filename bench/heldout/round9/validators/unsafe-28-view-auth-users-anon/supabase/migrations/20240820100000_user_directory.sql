create or replace view public.user_directory as
select
  u.id,
  u.email,
  u.raw_user_meta_data ->> 'full_name' as full_name,
  u.last_sign_in_at,
  u.created_at
from auth.users u;

grant select on public.user_directory to anon;
grant select on public.user_directory to authenticated;

create or replace view public.user_directory_count as
select count(*) as total from auth.users;

grant select on public.user_directory_count to anon;
