create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  stylist_id uuid not null,
  starts_at timestamptz not null,
  duration_minutes smallint not null default 45,
  client_name text not null,
  client_phone text not null,
  client_email text,
  service text not null,
  created_by uuid references auth.users (id)
);

alter table public.bookings enable row level security;

grant select on public.bookings to anon;

create policy "Calendar can read bookings"
  on public.bookings for select
  to anon, authenticated
  using (true);

create policy "Clients create their bookings"
  on public.bookings for insert
  to authenticated
  with check (created_by = auth.uid());
