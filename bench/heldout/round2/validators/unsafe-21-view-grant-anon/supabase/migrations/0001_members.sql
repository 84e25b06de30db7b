create table public.members (
  id uuid primary key references auth.users(id) on delete cascade,
  full_name text,
  email text,
  phone text,
  birth_date date,
  club_role text default 'member'
);

alter table public.members enable row level security;

create policy "members read own row" on public.members
  for select to authenticated using (id = auth.uid());

create policy "members update own row" on public.members
  for update to authenticated using (id = auth.uid()) with check (id = auth.uid());
