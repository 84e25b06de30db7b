create table public.status_checks (
  id bigint generated always as identity primary key,
  service text not null,
  ok boolean not null,
  latency_ms integer,
  checked_at timestamptz not null default now()
);

alter table public.status_checks enable row level security;

create policy "status checks are public" on public.status_checks
  for select to anon, authenticated using (true);

create or replace function public.uptime_last_30_days()
returns table (service text, uptime numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.service, round(100.0 * avg(case when c.ok then 1 else 0 end), 2)
  from public.status_checks c
  where c.checked_at > now() - interval '30 days'
  group by c.service;
$$;

revoke execute on function public.uptime_last_30_days() from public;
grant execute on function public.uptime_last_30_days() to anon, authenticated;
grant select on public.status_checks to anon;
