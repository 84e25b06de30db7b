drop table if exists public.documents cascade;

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  folder_id uuid,
  name text not null,
  mime_type text,
  size_bytes bigint,
  storage_path text not null,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);

create policy "owner reads documents" on public.documents
  for select using (owner_id = auth.uid());

create policy "owner writes documents" on public.documents
  for insert with check (owner_id = auth.uid());

create policy "owner deletes documents" on public.documents
  for delete using (owner_id = auth.uid());
