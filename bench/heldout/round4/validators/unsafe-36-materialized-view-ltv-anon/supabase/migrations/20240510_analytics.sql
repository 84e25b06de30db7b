create materialized view public.customer_ltv as
select
  o.user_id,
  p.full_name,
  u.email,
  count(*) as order_count,
  sum(o.total_cents) as lifetime_cents,
  max(o.created_at) as last_order_at
from public.orders o
join public.profiles p on p.id = o.user_id
join auth.users u on u.id = o.user_id
where o.status in ('paid', 'shipped')
group by o.user_id, p.full_name, u.email;

create unique index customer_ltv_user_idx on public.customer_ltv (user_id);

grant select on public.customer_ltv to anon, authenticated;

-- refresh nightly via pg_cron
select cron.schedule('refresh-ltv', '0 3 * * *', $$refresh materialized view concurrently public.customer_ltv$$);
