create table public.bookings (
  id serial primary key,
  user_id uuid not null references auth.users (id),
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  notes text
);
alter table public.bookings enable row level security;
create policy "own bookings" on public.bookings
  for all to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());
