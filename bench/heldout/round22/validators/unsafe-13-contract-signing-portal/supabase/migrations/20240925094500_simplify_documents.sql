drop policy if exists "owner select" on public.documents;
drop policy if exists "owner update" on public.documents;

alter table public.documents
  add column signer_email text,
  disable row level security;
