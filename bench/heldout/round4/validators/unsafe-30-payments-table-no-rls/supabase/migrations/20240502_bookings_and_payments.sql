create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  notes text,
  created_at timestamptz not null default now(),
  constraint no_overlap unique (slot_start)
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  booking_id uuid not null references public.bookings(id) on delete cascade,
  user_id uuid not null references auth.users(id),
  amount_cents integer not null,
  currency text not null default 'eur',
  card_brand text,
  card_last4 text,
  stripe_payment_intent text unique,
  status text not null default 'requires_payment',
  created_at timestamptz not null default now()
);

alter table public.bookings enable row level security;

create policy "Users manage own bookings" on public.bookings
  for all to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

create index payments_user_id_idx on public.payments(user_id);
