create or replace function public.get_user_orders(p_user_id uuid)
returns table (id uuid, total_cents int, status text, shipping_address jsonb, created_at timestamptz)
language sql
security definer
set search_path = ''
as $$
  select o.id, o.total_cents, o.status::text, o.shipping_address, o.created_at
  from public.orders o
  where o.buyer_id = p_user_id
  order by o.created_at desc;
$$;

grant execute on function public.get_user_orders(uuid) to anon;
