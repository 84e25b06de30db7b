create or replace function public.search_recipes(search_term text, sort_by text default 'created_at')
returns setof public.recipes
language plpgsql
stable
security invoker
set search_path = public
as $$
begin
  if sort_by not in ('created_at', 'title', 'total_minutes') then
    sort_by := 'created_at';
  end if;

  return query execute format(
    'select * from public.recipes where title ilike $1 order by %I desc limit 50',
    sort_by
  ) using '%' || search_term || '%';
end;
$$;

grant execute on function public.search_recipes(text, text) to authenticated;
