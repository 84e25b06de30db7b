create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  email text not null,
  phone text,
  full_name text,
  avatar_url text
);

-- make sure the frontend can read and write profiles
grant all on table public.profiles to anon;
grant all on table public.profiles to authenticated;
