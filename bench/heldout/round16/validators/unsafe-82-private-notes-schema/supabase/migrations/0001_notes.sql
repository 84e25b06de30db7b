create table if not exists public.notes (
  id uuid primary key default gen_random_uuid(),
  owner uuid not null default auth.uid() references auth.users (id),
  title text not null default 'Untitled',
  body text,
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Authenticated users can manage notes"
  on public.notes
  as permissive
  for all
  to authenticated
  using (true)
  with check (true);

create index notes_owner_idx on public.notes (owner);
