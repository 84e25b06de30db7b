create or replace function public.list_tasks(p_status text, p_sort text default 'due_on')
returns setof public.tasks
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if p_sort not in ('due_on', 'created_at', 'priority', 'title') then
    p_sort := 'due_on';
  end if;
  return query execute format(
    'select * from public.tasks where owner_id = auth.uid() and status = $1 order by %I nulls last limit 200',
    p_sort
  ) using p_status;
end;
$$;

revoke execute on function public.list_tasks(text, text) from anon;
grant execute on function public.list_tasks(text, text) to authenticated;
