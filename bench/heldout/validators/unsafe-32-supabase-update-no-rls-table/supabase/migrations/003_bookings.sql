create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  slot_start timestamptz not null,
  notes text,
  created_at timestamptz default now()
);

alter table public.bookings enable row level security;

create policy "signed in users can read bookings" on public.bookings
  for select using (auth.role() = 'authenticated');

create policy "signed in users can change bookings" on public.bookings
  for update using (auth.role() = 'authenticated');

create policy "users create own bookings" on public.bookings
  for insert with check (auth.uid() = user_id);
