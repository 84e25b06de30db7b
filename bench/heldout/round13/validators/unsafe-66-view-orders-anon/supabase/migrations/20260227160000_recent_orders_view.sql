create or replace view public.recent_orders as
select
  o.id,
  o.total_cents,
  o.created_at,
  p.full_name as buyer_name,
  p.email as buyer_email,
  o.shipping_address ->> 'city' as city
from public.orders o
join public.profiles p on p.id = o.buyer_id
order by o.created_at desc
limit 100;

grant select on public.recent_orders to anon, authenticated;
