create or replace function public.sales_report(group_by text, since date)
returns table (key text, total bigint)
language plpgsql
security invoker
set search_path = public
as $$
begin
  if group_by not in ('status', 'channel', 'country') then
    raise exception 'unsupported grouping %', group_by;
  end if;
  return query execute format(
    'select %I::text, sum(total_cents)::bigint from public.orders '
    'where user_id = auth.uid() and created_at >= $1 group by 1',
    group_by
  ) using since;
end;
$$;

revoke execute on function public.sales_report(text, date) from anon;
grant execute on function public.sales_report(text, date) to authenticated;
