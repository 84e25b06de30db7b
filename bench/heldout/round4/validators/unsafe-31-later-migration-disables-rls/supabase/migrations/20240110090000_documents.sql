create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id) on delete cascade,
  title text not null,
  content text,
  storage_path text,
  created_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "Owners can do everything with their documents"
  on public.documents
  for all
  to authenticated
  using (owner_id = auth.uid())
  with check (owner_id = auth.uid());
