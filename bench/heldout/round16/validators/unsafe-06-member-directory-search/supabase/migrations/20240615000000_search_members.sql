create or replace function public.search_members(search text)
returns setof public.members
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.members where display_name ilike ''%' || search || '%'' order by display_name limit 25';
end;
$$;

grant execute on function public.search_members(text) to authenticated;
