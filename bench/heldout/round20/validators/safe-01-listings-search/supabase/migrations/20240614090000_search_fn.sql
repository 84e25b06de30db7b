create or replace function public.search_listings(p_term text)
returns setof public.listings
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return query execute format(
    'select * from public.listings where status = %L and title ilike $1 order by created_at desc limit 50',
    'active'
  ) using '%' || p_term || '%';
end;
$$;

revoke execute on function public.search_listings(text) from public, anon;
grant execute on function public.search_listings(text) to authenticated;
