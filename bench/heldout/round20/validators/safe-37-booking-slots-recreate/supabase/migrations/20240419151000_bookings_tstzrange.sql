drop table if exists public.bookings cascade;

create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id),
  slot tstzrange not null,
  note text
);

alter table public.bookings enable row level security;

create policy "bookings owner select" on public.bookings for select to authenticated using (auth.uid() = user_id);
create policy "bookings owner insert" on public.bookings for insert to authenticated with check (auth.uid() = user_id);
create policy "bookings owner delete" on public.bookings for delete to authenticated using (auth.uid() = user_id);

create index bookings_slot_idx on public.bookings using gist (slot);
