create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text,
  bio text,
  updated_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "Profiles are viewable by signed in users" on public.profiles
  for select to authenticated using (true);

create policy "Signed in users can update profiles" on public.profiles
  for update to authenticated using (true);
