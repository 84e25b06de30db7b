create or replace function public.search_posts(q text, sort_col text default 'created_at')
returns setof public.posts
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.posts where published and title ilike ''%' || q || '%'' order by ' || sort_col || ' desc limit 20';
end;
$$;

grant execute on function public.search_posts(text, text) to authenticated;
