create or replace function public.orders_for_email(p_email text)
returns table (id uuid, total_cents integer, shipping_address text, status text)
language sql
security definer
set search_path = public
as $$
  select o.id, o.total_cents, o.shipping_address, o.status
  from public.orders o
  where o.customer_email = p_email;
$$;

grant execute on function public.orders_for_email(text) to anon;
