create or replace function public.search_recipes(term text, sort_col text default 'created_at')
returns setof public.recipes
language plpgsql
stable
security invoker
set search_path = public
as $$
begin
  if sort_col not in ('created_at', 'title', 'cook_minutes') then
    sort_col := 'created_at';
  end if;

  return query execute format(
    'select * from public.recipes where published and title ilike $1 order by %I desc limit 30',
    sort_col
  ) using '%' || term || '%';
end;
$$;

grant execute on function public.search_recipes(text, text) to anon, authenticated;
