create or replace function public.find_member(q text)
returns table (id uuid, full_name text, email text, phone text)
language sql
security definer
set search_path = public
as $$
  select id, full_name, email, phone
  from public.members
  where full_name ilike '%' || q || '%' or email ilike '%' || q || '%';
$$;

grant execute on function public.find_member(text) to anon;
grant execute on function public.find_member(text) to authenticated;
