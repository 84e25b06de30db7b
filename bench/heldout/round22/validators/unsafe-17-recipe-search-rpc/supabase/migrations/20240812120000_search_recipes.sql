create or replace function public.search_recipes(term text, max_minutes int default 120)
returns setof public.recipes
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.recipes where is_public and total_minutes <= ' || max_minutes ||
    ' and title ilike ''%' || term || '%'' order by created_at desc limit 50';
end;
$$;
