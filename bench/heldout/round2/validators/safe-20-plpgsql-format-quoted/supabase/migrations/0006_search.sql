create or replace function public.search_places(term text, sort_col text default 'name')
returns setof public.places
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if sort_col not in ('name', 'created_at', 'rating') then
    sort_col := 'name';
  end if;

  return query execute format(
    'select * from public.places where name ilike %L order by %I asc limit 50',
    '%' || term || '%',
    sort_col
  );
end;
$$;

grant execute on function public.search_places(text, text) to anon, authenticated;
