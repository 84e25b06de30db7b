create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  storage_path text not null,
  size_bytes bigint,
  created_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "Owners can do everything" on public.documents
  for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());
