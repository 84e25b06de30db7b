create or replace function public.get_order_history(p_user uuid)
returns table (id bigint, total_cents integer, status text, shipping_address text, created_at timestamptz)
language sql
security definer
set search_path = public
as $$
  select o.id, o.total_cents, o.status::text, o.shipping_address, o.created_at
  from public.orders o
  where o.user_id = p_user
  order by o.created_at desc;
$$;

grant execute on function public.get_order_history(uuid) to anon;
grant execute on function public.get_order_history(uuid) to authenticated;
