create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint not null check (mood between 1 and 5),
  entry text,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "Enable read for authenticated users" on public.journal_entries
  for select using (auth.role() = 'authenticated');

create policy "Enable insert for authenticated users" on public.journal_entries
  for insert with check (auth.role() = 'authenticated');

create policy "Enable update for authenticated users" on public.journal_entries
  for update using (auth.role() = 'authenticated');

create policy "Enable delete for authenticated users" on public.journal_entries
  for delete using (auth.role() = 'authenticated');
