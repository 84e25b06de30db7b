-- booking grid needs to show which slots are taken
create policy "slots visible" on public.appointments
  for select to public using (true);
