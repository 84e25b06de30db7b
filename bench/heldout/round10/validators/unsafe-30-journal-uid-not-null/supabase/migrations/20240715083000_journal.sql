-- Mood journal
create table if not exists public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  entry_date date not null default current_date,
  mood smallint not null check (mood between 1 and 5),
  note text,
  created_at timestamptz not null default now(),
  unique (user_id, entry_date)
);

alter table public.journal_entries enable row level security;

create policy "journal_select" on public.journal_entries
  for select using (auth.uid() is not null);

create policy "journal_insert" on public.journal_entries
  for insert with check (auth.uid() = user_id);

create policy "journal_update" on public.journal_entries
  for update using (auth.uid() is not null) with check (auth.uid() is not null);

create policy "journal_delete" on public.journal_entries
  for delete using (auth.uid() = user_id);
