create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  content jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "read own documents" on public.documents
  for select to authenticated using (owner_id = auth.uid());

create policy "insert own documents" on public.documents
  for insert to authenticated with check (owner_id = auth.uid());

create policy "edit documents" on public.documents
  for update to authenticated using (auth.uid() is not null);

create policy "remove documents" on public.documents
  for delete to authenticated using (auth.uid() is not null);
