create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  body text not null,
  mood smallint check (mood between 1 and 5),
  written_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "own entries" on public.journal_entries
  for all to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

revoke all on public.journal_entries from anon;
grant select, insert, update, delete on public.journal_entries to authenticated;
