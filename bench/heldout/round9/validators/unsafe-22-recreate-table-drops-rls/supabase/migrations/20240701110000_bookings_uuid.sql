-- switch bookings to uuid ids (no production data yet)
drop table if exists public.bookings cascade;

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  guest_phone text,
  notes text,
  created_at timestamptz default now(),
  constraint bookings_no_overlap exclude using gist (tstzrange(slot_start, slot_end) with &&)
);

create index bookings_user_idx on public.bookings (user_id);
