create or replace function public.get_member_directory()
returns table (id uuid, email text, last_sign_in_at timestamptz, display_name text)
language sql
security definer
set search_path = public, auth
as $$
  select u.id, u.email::text, u.last_sign_in_at, p.display_name
  from auth.users u
  left join public.profiles p on p.id = u.id
  order by u.created_at;
$$;

grant execute on function public.get_member_directory() to anon, authenticated;
