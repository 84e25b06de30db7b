create or replace function public.search_recipes(search text, sort_by text default 'created_at')
returns setof public.recipes
language plpgsql
stable
security invoker
set search_path = public
as $$
declare
  col text;
begin
  col := case sort_by
           when 'title' then 'title'
           when 'rating' then 'rating'
           else 'created_at'
         end;

  return query execute format(
    'select * from public.recipes
      where is_public and (title ilike $1 or ingredients ilike $1)
      order by %I desc
      limit 50',
    col
  ) using '%' || search || '%';
end;
$$;

grant execute on function public.search_recipes(text, text) to anon, authenticated;
