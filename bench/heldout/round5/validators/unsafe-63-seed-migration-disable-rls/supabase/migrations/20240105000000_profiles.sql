create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  username text unique,
  full_name text,
  date_of_birth date,
  avatar_url text
);

alter table public.profiles enable row level security;

create policy "Profiles are viewable by their owner" on public.profiles
  for select using (auth.uid() = id);
create policy "Owners update profile" on public.profiles
  for update using (auth.uid() = id);
