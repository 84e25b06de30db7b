create or replace function public.search_pages(term text, field text default 'title')
returns setof public.pages
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if field not in ('title', 'body') then
    raise exception 'unsupported field %', field;
  end if;
  return query execute format(
    'select * from public.pages where %I ilike ''%%'' || $1 || ''%%'' order by updated_at desc limit 50',
    field
  ) using term;
end;
$$;
