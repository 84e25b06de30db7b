create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  phone text
);

alter table public.profiles enable row level security;

create policy "own profile read" on public.profiles
  for select to authenticated using (auth.uid() = id);
create policy "own profile update" on public.profiles
  for update to authenticated using (auth.uid() = id) with check (auth.uid() = id);

revoke all on table public.profiles from anon;
grant select, update on table public.profiles to authenticated;
