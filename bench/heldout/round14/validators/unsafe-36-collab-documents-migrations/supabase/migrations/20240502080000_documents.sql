create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner uuid not null references auth.users(id),
  title text,
  content jsonb default '{}'::jsonb
);
alter table public.documents enable row level security;
create policy "owner can do all" on public.documents
  for all using (owner = auth.uid()) with check (owner = auth.uid());
