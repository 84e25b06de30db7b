create or replace function public.order_summary(p_email text)
returns table (order_id uuid, total_cents integer, status text, shipping_address text)
language sql
security definer
set search_path = ''
as $$
  select o.id, o.total_cents, o.status, o.shipping_address
  from public.orders o
  where o.customer_email = p_email;
$$;

grant execute on function public.order_summary(text) to anon;
