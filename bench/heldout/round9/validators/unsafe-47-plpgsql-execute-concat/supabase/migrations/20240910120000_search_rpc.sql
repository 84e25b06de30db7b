create or replace function public.search_listings(search_term text, sort_by text default 'created_at')
returns setof public.listings
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select * from public.listings where is_active and title ilike ''%' || search_term || '%'' order by ' || sort_by || ' desc limit 50';
end;
$$;

grant execute on function public.search_listings(text, text) to authenticated;
