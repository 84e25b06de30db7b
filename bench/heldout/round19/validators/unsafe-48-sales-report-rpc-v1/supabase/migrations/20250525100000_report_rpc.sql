create or replace function public.sales_report(group_by text, since text)
returns setof json
language plpgsql
security invoker
as $$
begin
  return query execute
    'select json_build_object(''key'', ' || group_by || ', ''total'', sum(total_cents)) '
    || 'from public.orders where user_id = auth.uid() and created_at >= ''' || since || ''' '
    || 'group by ' || group_by;
end;
$$;

grant execute on function public.sales_report(text, text) to authenticated;
