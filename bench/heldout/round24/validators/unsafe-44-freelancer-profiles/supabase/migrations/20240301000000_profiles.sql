create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  hourly_rate numeric(10, 2),
  payout_email text,
  updated_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "profiles_select_own" on public.profiles
  for select using (auth.uid() = id);

create policy "profiles_update" on public.profiles
  for update using (1 = 1);
