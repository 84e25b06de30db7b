create or replace function public.search_recipes(search_term text, sort_by text default 'created_at')
returns setof public.recipes
language plpgsql
security definer
as $$
begin
  return query execute
    'select * from public.recipes where published and title ilike ''%' || search_term || '%'' order by ' || sort_by || ' desc limit 50';
end;
$$;

grant execute on function public.search_recipes(text, text) to authenticated;
