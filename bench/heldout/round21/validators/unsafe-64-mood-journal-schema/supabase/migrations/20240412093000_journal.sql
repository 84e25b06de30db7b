create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint not null check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "Users can view entries" on public.journal_entries
  for select using (true);

create policy "Users can insert their own entries" on public.journal_entries
  for insert with check (auth.uid() = user_id);

create policy "Users can update their own entries" on public.journal_entries
  for update using (auth.uid() = user_id);

create policy "Users can delete their own entries" on public.journal_entries
  for delete using (auth.uid() = user_id);
