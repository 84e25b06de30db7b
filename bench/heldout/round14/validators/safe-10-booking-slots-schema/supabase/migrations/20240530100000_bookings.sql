create table public.slots (
  id uuid primary key default gen_random_uuid(),
  starts_at timestamptz not null,
  ends_at timestamptz not null
);

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  slot_id uuid not null unique references public.slots(id),
  user_id uuid not null references auth.users(id),
  created_at timestamptz default now()
);

alter table public.slots enable row level security;
alter table public.bookings enable row level security;

create policy "slots are public" on public.slots for select using (true);
create policy "own bookings" on public.bookings
  for select to authenticated using (user_id = auth.uid());
create policy "book for yourself" on public.bookings
  for insert to authenticated with check (user_id = auth.uid());
