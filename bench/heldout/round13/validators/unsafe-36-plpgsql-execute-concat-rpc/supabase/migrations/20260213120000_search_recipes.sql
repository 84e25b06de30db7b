create or replace function public.search_recipes(p_search text, p_sort text default 'created_at')
returns setof public.recipes
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.recipes where published and title ilike ''%' || p_search || '%'' order by ' || p_sort || ' desc limit 50';
end;
$$;

grant execute on function public.search_recipes(text, text) to anon, authenticated;
