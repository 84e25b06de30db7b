create table public.class_bookings (
  id uuid primary key default gen_random_uuid(),
  member_id uuid not null references auth.users (id) on delete cascade,
  class_id uuid not null,
  booked_at timestamptz not null default now()
);
alter table public.class_bookings enable row level security;
create policy "members read own bookings" on public.class_bookings for select using (auth.uid() = member_id);
create policy "members book" on public.class_bookings for insert with check (auth.uid() = member_id);
create policy "members cancel" on public.class_bookings for delete using (auth.uid() = member_id);
