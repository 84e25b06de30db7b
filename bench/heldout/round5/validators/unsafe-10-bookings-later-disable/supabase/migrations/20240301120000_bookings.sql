create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  slot_start timestamptz not null,
  slot_end timestamptz not null,
  service text not null,
  notes text,
  phone text,
  created_at timestamptz default now(),
  constraint bookings_slot_valid check (slot_end > slot_start)
);

alter table public.bookings enable row level security;

create policy "Users can view their own bookings"
  on public.bookings for select
  using (auth.uid() = user_id);

create policy "Users can create their own bookings"
  on public.bookings for insert
  with check (auth.uid() = user_id);

create policy "Users can cancel their own bookings"
  on public.bookings for delete
  using (auth.uid() = user_id);
