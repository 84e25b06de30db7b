create materialized view public.customer_stats as
  select
    o.user_id,
    u.email,
    count(*) as order_count,
    sum(o.total_cents) as lifetime_cents,
    max(o.created_at) as last_order_at
  from public.orders o
  join auth.users u on u.id = o.user_id
  where o.status in ('paid', 'shipped')
  group by o.user_id, u.email;

create unique index customer_stats_user_id_idx on public.customer_stats (user_id);

-- dashboard charts read this directly
grant select on public.customer_stats to anon, authenticated;
