create table public.public_profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  username text unique not null check (username ~ '^[a-z0-9_]{3,24}$'),
  avatar_url text
);

alter table public.public_profiles enable row level security;

create policy "Profiles are viewable by everyone" on public.public_profiles
  for select using (true);

create policy "Users insert their own profile" on public.public_profiles
  for insert to authenticated with check ((select auth.uid()) = id);

create policy "Users update their own profile" on public.public_profiles
  for update to authenticated
  using ((select auth.uid()) = id)
  with check ((select auth.uid()) = id);
