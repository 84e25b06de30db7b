create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint not null check (mood between 1 and 5),
  entry text,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "own entries read" on public.journal_entries
  for select using (auth.uid() = user_id);
create policy "own entries write" on public.journal_entries
  for insert with check (auth.uid() = user_id);
