create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text,
  company text,
  phone text,
  is_staff boolean not null default false
);

alter table public.profiles enable row level security;

revoke all on public.profiles from anon;
revoke all on public.profiles from authenticated;
grant select on public.profiles to authenticated;
grant update (full_name, company, phone) on public.profiles to authenticated;

create policy "Members read their profile"
  on public.profiles for select to authenticated
  using (id = (select auth.uid()));

create policy "Members update their profile"
  on public.profiles for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));
