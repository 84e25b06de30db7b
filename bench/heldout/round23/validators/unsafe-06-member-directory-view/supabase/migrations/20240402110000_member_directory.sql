create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  company text,
  avatar_url text
);

alter table public.profiles enable row level security;

create policy "Members read own profile" on public.profiles
  for select to authenticated using (auth.uid() = id);

create view public.member_directory as
  select p.id, p.full_name, p.company, p.avatar_url, u.email, u.phone, u.last_sign_in_at
  from public.profiles p
  join auth.users u on u.id = p.id;

grant select on public.member_directory to anon, authenticated;
