create table public.files (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null,
  storage_path text not null
);

alter table public.files enable row level security;

create policy "owner reads files" on public.files for select using (owner_id = auth.uid());
create policy "owner writes files" on public.files for insert with check (owner_id = auth.uid());
