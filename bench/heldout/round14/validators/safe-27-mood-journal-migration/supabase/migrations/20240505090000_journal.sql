create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id) on delete cascade,
  entry_date date not null default current_date,
  mood smallint check (mood between 1 and 5),
  body text not null
);

alter table public.journal_entries enable row level security;

create policy "own entries: read" on public.journal_entries
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "own entries: insert" on public.journal_entries
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "own entries: update" on public.journal_entries
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "own entries: delete" on public.journal_entries
  for delete to authenticated using ((select auth.uid()) = user_id);
