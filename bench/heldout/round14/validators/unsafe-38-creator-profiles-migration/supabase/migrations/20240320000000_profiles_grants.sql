create table public.profiles (
  id uuid primary key references auth.users(id),
  email text,
  phone text,
  display_name text,
  is_public boolean default true
);

alter table public.profiles enable row level security;

create policy "public profiles" on public.profiles
  for all using (is_public) with check (is_public);

grant select, insert, update, delete on public.profiles to anon;
grant select, insert, update, delete on public.profiles to authenticated;
