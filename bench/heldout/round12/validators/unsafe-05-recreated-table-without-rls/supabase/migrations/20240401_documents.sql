create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null,
  storage_path text not null,
  created_at timestamptz default now()
);

alter table public.documents enable row level security;

create policy "owner reads documents" on public.documents
  for select using (owner_id = auth.uid());

create policy "owner writes documents" on public.documents
  for insert with check (owner_id = auth.uid());

create policy "owner deletes documents" on public.documents
  for delete using (owner_id = auth.uid());
