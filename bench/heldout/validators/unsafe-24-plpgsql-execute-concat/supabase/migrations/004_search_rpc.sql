create or replace function public.search_listings(search text, order_by text default 'created_at')
returns setof public.listings
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.listings where title ilike ''%' || search || '%'' order by ' || order_by || ' desc limit 100';
end;
$$;

grant execute on function public.search_listings(text, text) to authenticated;
