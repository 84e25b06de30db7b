create table if not exists public.time_slots (
  id uuid primary key default gen_random_uuid(),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  capacity int not null default 1
);

create table if not exists public.bookings (
  id uuid primary key default gen_random_uuid(),
  slot_id uuid not null references public.time_slots (id) on delete cascade,
  user_id uuid references auth.users (id),
  full_name text not null,
  email text not null,
  phone text,
  notes text,
  created_at timestamptz not null default now()
);

create unique index if not exists bookings_slot_email_key
  on public.bookings (slot_id, email);
