create or replace function public.search_my_orders(term text)
returns setof public.orders
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  return query execute
    'select * from public.orders where customer_id = auth.uid() and (note ilike ''%' || term || '%'' or reference ilike ''%' || term || '%'') order by created_at desc limit 50';
end;
$$;

grant execute on function public.search_my_orders(text) to authenticated;
