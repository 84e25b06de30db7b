create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  content jsonb not null default '{}'::jsonb,
  created_at timestamptz default now()
);

alter table public.documents enable row level security;

create policy "read own documents" on public.documents
  for select using (owner_id = auth.uid());

create policy "write own documents" on public.documents
  for insert with check (owner_id = auth.uid());

create policy "update own documents" on public.documents
  for update using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "delete documents" on public.documents
  for delete using (auth.role() = 'authenticated');
