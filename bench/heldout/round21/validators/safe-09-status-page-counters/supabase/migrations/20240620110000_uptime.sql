create table public.checks (
  id bigint generated always as identity primary key,
  service text not null,
  ok boolean not null,
  checked_at timestamptz not null default now()
);

alter table public.checks enable row level security;

create or replace function public.uptime_summary(days integer default 90)
returns table (service text, uptime_pct numeric)
language sql
stable
security definer
set search_path = ''
as $$
  select c.service, round(100.0 * avg(case when c.ok then 1 else 0 end), 3)
  from public.checks c
  where c.checked_at > now() - make_interval(days => least(greatest(days, 1), 365))
  group by c.service;
$$;

revoke execute on function public.uptime_summary(integer) from public;
grant execute on function public.uptime_summary(integer) to anon, authenticated;
