create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  mood int check (mood between 1 and 5),
  entry text,
  created_at timestamptz default now()
);

alter table public.journal_entries enable row level security;

create policy "own entries" on public.journal_entries
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
