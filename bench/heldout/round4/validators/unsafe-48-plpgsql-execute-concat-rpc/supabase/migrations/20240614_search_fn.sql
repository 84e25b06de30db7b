create or replace function public.search_recipes(term text, sort_col text default 'created_at')
returns setof public.recipes
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.recipes where published and title ilike ''%' || term || '%'' order by ' || sort_col || ' desc limit 30';
end;
$$;

grant execute on function public.search_recipes(text, text) to anon, authenticated;
