create table public.photos (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id) on delete cascade,
  storage_path text not null,
  caption text,
  is_public boolean not null default false,
  created_at timestamptz default now()
);

alter table public.photos enable row level security;

create policy "view public or own photos" on public.photos
  for select using (is_public = true or owner_id = auth.uid());

create policy "upload own photos" on public.photos
  for insert to authenticated with check (owner_id = auth.uid());

create policy "edit own photos" on public.photos
  for update to authenticated using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "remove own photos" on public.photos
  for delete to authenticated using (owner_id = auth.uid());
