create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text,
  phone text,
  plan text not null default 'free'
);

grant all on table public.profiles to anon;
grant all on table public.profiles to authenticated;
