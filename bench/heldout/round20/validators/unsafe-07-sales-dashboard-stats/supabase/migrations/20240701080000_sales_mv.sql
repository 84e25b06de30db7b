create materialized view public.customer_sales as
  select o.user_id, p.full_name, p.phone, sum(o.total_cents) as lifetime_cents, count(*) as orders
  from public.orders o
  join public.profiles p on p.id = o.user_id
  group by o.user_id, p.full_name, p.phone;

create unique index customer_sales_user_idx on public.customer_sales (user_id);

grant select on public.customer_sales to anon, authenticated;
