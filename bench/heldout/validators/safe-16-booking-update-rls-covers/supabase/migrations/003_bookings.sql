create table public.bookings (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id),
  slot_start timestamptz not null,
  notes text,
  created_at timestamptz default now()
);

alter table public.bookings enable row level security;

create policy "owners read bookings" on public.bookings
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "owners update bookings" on public.bookings
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);
create policy "users create own bookings" on public.bookings
  for insert to authenticated with check ((select auth.uid()) = user_id);
