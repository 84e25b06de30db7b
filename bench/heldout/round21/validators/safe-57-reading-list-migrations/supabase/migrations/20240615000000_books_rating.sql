alter table public.books add column rating smallint check (rating between 1 and 5);

create policy "books owner update" on public.books
  for update using (user_id = auth.uid()) with check (user_id = auth.uid());

create policy "books owner delete" on public.books for delete using (user_id = auth.uid());
