create or replace function public.recent_orders(limit_count int default 50)
returns table (order_id uuid, customer_email text, total_cents int, shipping_address jsonb, created_at timestamptz)
language sql
security definer
set search_path = public
as $$
  select o.id, p.email, o.total_cents, o.shipping_address, o.created_at
  from public.orders o
  join public.profiles p on p.id = o.user_id
  order by o.created_at desc
  limit limit_count;
$$;

grant execute on function public.recent_orders(int) to anon;
grant execute on function public.recent_orders(int) to authenticated;
