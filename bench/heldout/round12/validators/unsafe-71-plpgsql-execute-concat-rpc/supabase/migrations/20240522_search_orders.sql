create or replace function public.search_orders(p_status text, p_sort text default 'created_at')
returns setof public.orders
language plpgsql
security invoker
as $$
begin
  return query execute
    'select * from public.orders where user_id = auth.uid() and status = '''
    || p_status
    || ''' order by '
    || p_sort
    || ' desc limit 100';
end;
$$;

grant execute on function public.search_orders(text, text) to authenticated;

comment on function public.search_orders(text, text) is
  'Filter the current user''s orders by status for the orders page';
