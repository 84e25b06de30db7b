create or replace function public.search_members(search text, sort_col text default 'full_name')
returns setof public.members
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.members where full_name ilike ''%' || search || '%'' order by ' || sort_col;
end;
$$;

grant execute on function public.search_members(text, text) to authenticated;
