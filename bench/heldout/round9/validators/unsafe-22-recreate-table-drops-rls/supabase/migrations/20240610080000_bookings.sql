create table public.bookings (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id),
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  guest_phone text,
  notes text
);

alter table public.bookings enable row level security;

create policy "Users read own bookings" on public.bookings
  for select using (auth.uid() = user_id);
create policy "Users create own bookings" on public.bookings
  for insert with check (auth.uid() = user_id);
