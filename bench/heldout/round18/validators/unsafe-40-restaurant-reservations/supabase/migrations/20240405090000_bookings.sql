create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id),
  guest_name text not null,
  guest_phone text not null,
  slot_start timestamptz not null,
  party_size smallint not null default 2
);

alter table public.bookings enable row level security;

create policy "guests see own bookings" on public.bookings
  for select using (user_id = auth.uid());
