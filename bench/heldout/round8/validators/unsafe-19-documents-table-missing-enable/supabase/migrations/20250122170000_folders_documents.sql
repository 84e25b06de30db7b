create table public.folders (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) default auth.uid(),
  name text not null
);

create table public.documents (
  id uuid primary key default gen_random_uuid(),
  folder_id uuid references public.folders (id) on delete cascade,
  owner_id uuid not null references auth.users (id) default auth.uid(),
  title text not null,
  body text
);

alter table public.folders enable row level security;

create policy "own folders" on public.folders
  for all using (auth.uid() = owner_id) with check (auth.uid() = owner_id);

create policy "own documents" on public.documents
  for all using (auth.uid() = owner_id) with check (auth.uid() = owner_id);
