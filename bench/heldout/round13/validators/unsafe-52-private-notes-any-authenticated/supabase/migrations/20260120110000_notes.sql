create table public.notes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null default 'Untitled',
  body text not null default '',
  is_private boolean not null default true,
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Authenticated users can read notes"
on public.notes for select
using (auth.role() = 'authenticated');

create policy "Authenticated users can write notes"
on public.notes for insert
with check (auth.role() = 'authenticated' and owner_id = auth.uid());

create policy "Authenticated users can edit notes"
on public.notes for update
using (auth.role() = 'authenticated');
