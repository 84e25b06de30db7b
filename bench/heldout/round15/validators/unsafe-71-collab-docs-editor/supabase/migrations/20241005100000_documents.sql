create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users(id),
  title text not null default 'Untitled',
  content jsonb not null default '{}'::jsonb,
  is_public boolean not null default false,
  updated_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "read own or public documents" on public.documents
  for select using (is_public or owner_id = auth.uid());

create policy "create documents" on public.documents
  for insert with check (owner_id = auth.uid());

create policy "edit documents" on public.documents
  for update using (auth.uid() is not null);

create policy "delete documents" on public.documents
  for delete using (auth.uid() is not null);
