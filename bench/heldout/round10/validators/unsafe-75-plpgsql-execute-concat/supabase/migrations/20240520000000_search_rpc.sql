create or replace function public.search_recipes(search text, sort_by text default 'created_at')
returns setof public.recipes
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.recipes where is_public and (title ilike ''%' || search || '%'' or ingredients ilike ''%' || search || '%'') order by ' || sort_by || ' desc limit 50';
end;
$$;

grant execute on function public.search_recipes(text, text) to anon, authenticated;

create or replace function public.recipe_count()
returns bigint
language sql
stable
as $$
  select count(*) from public.recipes where is_public;
$$;
