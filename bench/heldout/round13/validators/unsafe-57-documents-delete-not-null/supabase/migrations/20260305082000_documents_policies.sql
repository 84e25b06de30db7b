-- documents table created in 20260301 migration
drop policy if exists "documents_delete" on public.documents;
drop policy if exists "documents_select" on public.documents;

create policy "documents_select" on public.documents
  for select using (owner_id = (select auth.uid()) or visibility = 'public');

create policy "documents_delete" on public.documents
  for delete using ((select auth.uid()) is not null);

create policy "documents_update" on public.documents
  for update using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
