create or replace function public.my_count(p_table text)
returns bigint
language plpgsql
stable
security invoker
set search_path = public
as $$
declare
  n bigint;
begin
  if p_table not in ('notes', 'tasks', 'bookmarks') then
    raise exception 'unknown table';
  end if;
  execute format('select count(*) from public.%I where user_id = $1', p_table)
    into n
    using auth.uid();
  return n;
end;
$$;
