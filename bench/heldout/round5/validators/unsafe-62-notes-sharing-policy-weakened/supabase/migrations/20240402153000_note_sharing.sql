-- Sharing: shared notes can be opened by people who have the link
drop policy if exists "Owners can read notes" on public.notes;

create policy "Owners and share links can read notes" on public.notes
  for select using (
    auth.uid() = owner_id
    or shared = true
    or auth.role() = 'authenticated'
  );
