revoke all on table public.profiles from anon;
grant select, update on table public.profiles to authenticated;

alter table public.profiles enable row level security;

drop policy if exists "profiles_self" on public.profiles;
create policy "profiles_self" on public.profiles
  for all to authenticated
  using (id = auth.uid()) with check (id = auth.uid());
