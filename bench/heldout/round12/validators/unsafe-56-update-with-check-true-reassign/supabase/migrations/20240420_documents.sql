create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  title text not null default 'Untitled',
  content jsonb not null default '{}'::jsonb,
  shared_with uuid[] not null default '{}',
  updated_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "read own or shared documents" on public.documents
  for select to authenticated
  using (auth.uid() = owner_id or auth.uid() = any (shared_with));

create policy "create own documents" on public.documents
  for insert to authenticated
  with check (auth.uid() = owner_id);

create policy "update own documents" on public.documents
  for update to authenticated
  using (auth.uid() = owner_id)
  with check (true);

create policy "delete own documents" on public.documents
  for delete to authenticated
  using (auth.uid() = owner_id);
