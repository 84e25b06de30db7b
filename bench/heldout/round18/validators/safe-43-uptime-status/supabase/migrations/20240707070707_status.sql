create table public.uptime_checks (
  id bigint generated always as identity primary key,
  service text not null,
  ok boolean not null,
  checked_at timestamptz not null default now()
);

alter table public.uptime_checks enable row level security;

create policy "uptime is public" on public.uptime_checks for select using (true);

grant select on public.uptime_checks to anon;

create or replace function public.uptime_summary(days integer default 30)
returns table (service text, uptime numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.service, round(100.0 * avg(case when c.ok then 1 else 0 end), 2)
  from public.uptime_checks c
  where c.checked_at > now() - make_interval(days => days)
  group by c.service;
$$;

revoke execute on function public.uptime_summary(integer) from public;
grant execute on function public.uptime_summary(integer) to anon, authenticated;
