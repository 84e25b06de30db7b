create or replace function public.get_member_directory()
returns table (id uuid, email text, phone text, full_name text)
language sql
security definer
set search_path = public
as $$
  select u.id, u.email::text, p.phone, p.full_name
  from auth.users u
  join public.profiles p on p.id = u.id
  order by p.full_name;
$$;

grant execute on function public.get_member_directory() to anon, authenticated;
