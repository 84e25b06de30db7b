create or replace function public.search_listings(p_term text)
returns setof public.listings
language plpgsql
stable
as $$
begin
  return query execute
    'select * from public.listings where status = ''active'' and title ilike ''%' || p_term || '%'' order by created_at desc limit 50';
end;
$$;

grant execute on function public.search_listings(text) to authenticated;
