create table public.timezones (
  name text primary key,
  utc_offset interval not null
);

alter table public.timezones enable row level security;
create policy "timezones readable" on public.timezones for select using (true);

create table public.availability (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  weekday smallint not null check (weekday between 0 and 6),
  starts time not null,
  ends time not null,
  tz text not null references public.timezones (name)
);

alter table public.availability enable row level security;
alter table public.availability force row level security;

create policy "own availability" on public.availability
  for all to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
