create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  username text unique not null,
  full_name text,
  avatar_url text,
  phone text,
  updated_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "Users can view own profile" on public.profiles
  for select using (auth.uid() = id);

create policy "Users can update own profile" on public.profiles
  for update using (auth.uid() = id);

-- Used by the public profile page /u/[username]
create or replace function public.get_profile_by_username(p_username text)
returns table (id uuid, username text, full_name text, avatar_url text, email text, phone text)
language sql
security definer
set search_path = public
as $$
  select p.id, p.username, p.full_name, p.avatar_url, u.email::text, p.phone
  from public.profiles p
  join auth.users u on u.id = p.id
  where p.username = p_username;
$$;

grant execute on function public.get_profile_by_username(text) to anon, authenticated;
