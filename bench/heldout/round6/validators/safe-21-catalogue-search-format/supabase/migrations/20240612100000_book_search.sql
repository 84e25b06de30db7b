create or replace function public.search_books(search text, sort_col text default 'title')
returns setof public.books
language plpgsql
stable
security invoker
as $$
begin
  if sort_col not in ('title', 'author', 'published_on') then
    sort_col := 'title';
  end if;

  return query execute format(
    'select * from public.books where title ilike $1 or author ilike $1 order by %I',
    sort_col
  ) using '%' || search || '%';
end;
$$;

grant execute on function public.search_books(text, text) to authenticated;
