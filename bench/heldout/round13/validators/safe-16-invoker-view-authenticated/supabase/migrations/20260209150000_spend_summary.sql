create or replace view public.monthly_spend
with (security_invoker = true) as
select
  user_id,
  date_trunc('month', spent_on)::date as month,
  category,
  sum(amount) as total
from public.expenses
group by 1, 2, 3;

revoke all on public.monthly_spend from anon;
grant select on public.monthly_spend to authenticated;
