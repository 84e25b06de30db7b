create table public.shifts (
  id uuid primary key default gen_random_uuid(),
  volunteer_id uuid not null references auth.users (id) on delete cascade,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  role text not null,
  check (ends_at > starts_at)
);

alter table public.shifts enable row level security;
alter table public.shifts force row level security;

create policy "Volunteers read their shifts"
  on public.shifts for select to authenticated
  using (volunteer_id = (select auth.uid()));

create policy "Volunteers claim shifts for themselves"
  on public.shifts for insert to authenticated
  with check (volunteer_id = (select auth.uid()));

create policy "Volunteers drop their shifts"
  on public.shifts for delete to authenticated
  using (volunteer_id = (select auth.uid()));

create view public.my_hours
with (security_invoker = true)
as
  select volunteer_id,
         sum(extract(epoch from ends_at - starts_at) / 3600)::numeric(6, 1) as hours
  from public.shifts
  group by volunteer_id;
