create or replace function public.search_table(p_column text, p_term text)
returns setof jsonb
language plpgsql
security definer
set search_path = public
as $$
begin
  return query execute
    'select to_jsonb(t) from public.listings t where ' || p_column || ' ilike ''%' || p_term || '%'' limit 50';
end;
$$;

grant execute on function public.search_table(text, text) to authenticated;
