revoke all on table public.profiles from anon;
revoke all on table public.profiles from public;

grant select, update on table public.profiles to authenticated;

alter table public.profiles enable row level security;

drop policy if exists "profiles_select" on public.profiles;
drop policy if exists "profiles_update" on public.profiles;

create policy "profiles_select" on public.profiles
  for select to authenticated
  using (id = (select auth.uid()));

create policy "profiles_update" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()))
  with check (id = (select auth.uid()));
