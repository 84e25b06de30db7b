drop table if exists public.bookings cascade;

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  slot tstzrange not null,
  guest_name text not null,
  guest_phone text,
  note text
);

create index bookings_slot_idx on public.bookings using gist (slot);
