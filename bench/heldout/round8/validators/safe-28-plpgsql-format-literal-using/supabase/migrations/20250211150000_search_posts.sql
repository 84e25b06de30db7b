create or replace function public.search_posts(q text, sort_col text default 'created_at')
returns setof public.posts
language plpgsql
stable
set search_path = public
as $$
begin
  if sort_col not in ('created_at', 'title') then
    sort_col := 'created_at';
  end if;

  return query execute format(
    'select * from public.posts where published and title ilike $1 order by %I desc limit 20',
    sort_col
  ) using '%' || q || '%';
end;
$$;
