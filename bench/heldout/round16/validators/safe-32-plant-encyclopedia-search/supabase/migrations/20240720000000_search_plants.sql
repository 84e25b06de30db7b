create or replace function public.search_plants(term text, sort_col text default 'common_name')
returns setof public.plants
language plpgsql
stable
security invoker
set search_path = public
as $$
declare
  col text := case when sort_col in ('common_name', 'latin_name', 'created_at') then sort_col else 'common_name' end;
begin
  return query execute format(
    'select * from public.plants where common_name ilike $1 or latin_name ilike $1 order by %I limit 50',
    col
  ) using '%' || term || '%';
end;
$$;
