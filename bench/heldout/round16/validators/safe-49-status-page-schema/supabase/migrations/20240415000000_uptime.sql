create table public.checks (
  id bigint generated always as identity primary key,
  service text not null,
  ok boolean not null,
  checked_at timestamptz not null default now()
);
alter table public.checks enable row level security;

create or replace function public.uptime_last_90_days()
returns table (service text, day date, uptime numeric)
language sql
stable
security definer
set search_path = ''
as $$
  select c.service, c.checked_at::date, round(avg(case when c.ok then 1 else 0 end) * 100, 2)
  from public.checks c
  where c.checked_at > now() - interval '90 days'
  group by 1, 2
  order by 1, 2;
$$;

revoke all on function public.uptime_last_90_days() from public;
grant execute on function public.uptime_last_90_days() to anon, authenticated;
