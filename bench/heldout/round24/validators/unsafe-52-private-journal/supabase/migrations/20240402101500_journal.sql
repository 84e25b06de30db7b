create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "Entries are viewable" on public.journal_entries
  for select using (true);

create policy "Users insert their own entries" on public.journal_entries
  for insert to authenticated with check (auth.uid() = user_id);

create policy "Users update their own entries" on public.journal_entries
  for update to authenticated using (auth.uid() = user_id);
