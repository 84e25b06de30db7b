create table public.notes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  title text not null default 'Untitled',
  body text not null default '',
  shared boolean not null default false,
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Owners can read notes" on public.notes
  for select using (auth.uid() = owner_id);
create policy "Owners can write notes" on public.notes
  for all using (auth.uid() = owner_id) with check (auth.uid() = owner_id);
