create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  body text not null default '',
  updated_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "signed in users can read documents" on public.documents
  for select to authenticated using (auth.uid() is not null);

create policy "owners write documents" on public.documents
  for all to authenticated using (owner_id = auth.uid()) with check (owner_id = auth.uid());
