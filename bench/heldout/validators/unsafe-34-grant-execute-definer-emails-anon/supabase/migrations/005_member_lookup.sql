create or replace function public.list_members()
returns table (id uuid, email text, full_name text, last_sign_in_at timestamptz)
language sql
security definer
set search_path = public, auth
as $$
  select u.id, u.email::text, p.full_name, u.last_sign_in_at
  from auth.users u
  left join public.profiles p on p.id = u.id;
$$;

GRANT EXECUTE ON FUNCTION public.list_members() TO anon;
GRANT EXECUTE ON FUNCTION public.list_members() TO authenticated;
