create table public.sitting_bookings (
  id uuid primary key default gen_random_uuid(),
  owner_name text not null,
  owner_phone text not null,
  home_address text not null,
  pet_name text not null,
  starts_on date not null,
  ends_on date not null
);

alter table public.sitting_bookings enable row level security;

grant select, insert, update on public.sitting_bookings to anon;

create policy "anyone can book and view" on public.sitting_bookings
  for all to anon
  using (true)
  with check (true);
