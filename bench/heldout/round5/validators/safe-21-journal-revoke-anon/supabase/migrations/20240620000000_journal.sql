create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  mood smallint check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

revoke all on table public.journal_entries from anon;
grant select, insert, update, delete on table public.journal_entries to authenticated;

create policy "Owner reads entries" on public.journal_entries
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Owner writes entries" on public.journal_entries
  for insert to authenticated with check ((select auth.uid()) = user_id);
create policy "Owner edits entries" on public.journal_entries
  for update to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Owner deletes entries" on public.journal_entries
  for delete to authenticated using ((select auth.uid()) = user_id);
