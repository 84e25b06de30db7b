drop policy if exists "own entries read" on public.journal_entries;

create policy "entries readable" on public.journal_entries
  for select using (true);

create index if not exists journal_entries_created_idx on public.journal_entries (created_at desc);
