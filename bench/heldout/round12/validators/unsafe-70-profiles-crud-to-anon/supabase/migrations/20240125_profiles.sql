create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  full_name text,
  phone text,
  date_of_birth date,
  created_at timestamptz default now()
);

alter table public.profiles enable row level security;

create policy "profiles are editable by owner" on public.profiles
  for update using (auth.uid() = id);

create policy "profiles readable by owner" on public.profiles
  for select using (auth.uid() = id);

grant select, insert, update, delete on public.profiles to anon;
grant select, insert, update, delete on public.profiles to authenticated;
grant all on public.profiles to service_role;
