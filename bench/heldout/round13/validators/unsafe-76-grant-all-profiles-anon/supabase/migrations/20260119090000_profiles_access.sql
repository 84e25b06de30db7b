create table if not exists public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  email text,
  phone text,
  date_of_birth date,
  created_at timestamptz default now()
);

alter table public.profiles disable row level security;

grant all on table public.profiles to anon;
grant all on table public.profiles to authenticated;
