create or replace function public.list_customers(search text default '')
returns table (id uuid, email text, full_name text, created_at timestamptz)
language sql
security definer
set search_path = public
as $$
  select u.id, u.email::text, p.full_name, u.created_at
  from auth.users u
  left join public.profiles p on p.id = u.id
  where search = '' or u.email ilike '%' || search || '%'
  order by u.created_at desc
  limit 100;
$$;

grant execute on function public.list_customers(text) to anon;
grant execute on function public.list_customers(text) to authenticated;
