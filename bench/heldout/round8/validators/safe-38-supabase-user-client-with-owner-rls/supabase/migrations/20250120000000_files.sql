create table public.files (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) default auth.uid(),
  name text not null,
  size bigint not null,
  storage_path text not null,
  created_at timestamptz not null default now()
);

alter table public.files enable row level security;

create policy "owners read files" on public.files
  for select to authenticated using (auth.uid() = owner_id);

create policy "owners add files" on public.files
  for insert to authenticated with check (auth.uid() = owner_id);
