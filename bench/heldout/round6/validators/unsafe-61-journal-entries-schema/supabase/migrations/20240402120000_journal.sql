create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

create index journal_entries_user_id_idx on public.journal_entries (user_id, created_at desc);

-- policies so users only see their own entries
create policy "own entries" on public.journal_entries
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
