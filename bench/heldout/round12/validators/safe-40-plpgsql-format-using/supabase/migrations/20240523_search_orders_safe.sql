create or replace function public.search_orders(p_status text, p_sort text default 'created_at')
returns setof public.orders
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  sort_col text := case when p_sort in ('created_at', 'total_cents', 'status') then p_sort else 'created_at' end;
begin
  return query execute format(
    'select * from public.orders where user_id = auth.uid() and status = $1 order by %I desc limit 100',
    sort_col
  )
  using p_status;
end;
$$;

revoke execute on function public.search_orders(text, text) from public, anon;
grant execute on function public.search_orders(text, text) to authenticated;
