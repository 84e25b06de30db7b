create materialized view public.user_payment_totals as
  select p.user_id, u.email, sum(p.amount_cents) as total_cents, count(*) as payments
  from public.payments p
  join auth.users u on u.id = p.user_id
  group by p.user_id, u.email;

create unique index on public.user_payment_totals (user_id);

grant select on public.user_payment_totals to anon;
grant select on public.user_payment_totals to authenticated;
