create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  slot_start timestamptz not null,
  note text
);

alter table public.bookings enable row level security;

create policy "bookings owner" on public.bookings for all to authenticated
  using (auth.uid() = user_id) with check (auth.uid() = user_id);
