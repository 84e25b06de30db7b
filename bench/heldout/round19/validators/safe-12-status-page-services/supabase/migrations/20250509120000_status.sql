create table public.services (
  id serial primary key,
  name text not null unique,
  state text not null default 'operational'
);

create table public.uptime_checks (
  id bigserial primary key,
  service_id integer not null references public.services (id),
  checked_at timestamptz not null default now(),
  ok boolean not null
);

alter table public.services enable row level security;
alter table public.uptime_checks enable row level security;

create policy "status is public" on public.services for select using (true);
create policy "uptime is public" on public.uptime_checks for select using (true);
