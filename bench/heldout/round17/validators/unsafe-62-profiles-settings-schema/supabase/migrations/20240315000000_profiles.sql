create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  username text unique,
  avatar_url text,
  is_admin boolean not null default false
);

alter table public.profiles enable row level security;

create policy "Public profiles are viewable by everyone." on public.profiles
  for select using (true);

create policy "Users can update profiles." on public.profiles
  for update using (auth.uid() is not null) with check (auth.uid() is not null);
