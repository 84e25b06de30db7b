create or replace function public.search_pages(p_term text)
returns setof public.pages
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.pages where published and (title ilike ''%' || p_term || '%'' or body ilike ''%' || p_term || '%'') order by updated_at desc limit 50';
end;
$$;

grant execute on function public.search_pages(text) to authenticated;
