create or replace function public.search_recipes(search_term text, sort_by text default 'created_at')
returns setof public.recipes
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  v_sort text := case when sort_by in ('created_at', 'title', 'rating') then sort_by else 'created_at' end;
begin
  return query execute format(
    'select * from public.recipes where published and title ilike $1 order by %I desc limit 50',
    v_sort
  ) using '%' || search_term || '%';
end;
$$;

grant execute on function public.search_recipes(text, text) to authenticated;
