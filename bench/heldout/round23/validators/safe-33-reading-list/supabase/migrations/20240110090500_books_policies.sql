alter table public.books enable row level security;

create policy "Readers see their books" on public.books
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "Readers add books" on public.books
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "Readers update books" on public.books
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Readers remove books" on public.books
  for delete to authenticated using ((select auth.uid()) = user_id);
