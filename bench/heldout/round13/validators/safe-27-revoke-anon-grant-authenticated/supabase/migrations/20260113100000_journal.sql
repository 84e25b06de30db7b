create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  body text not null,
  written_on date not null default current_date
);

alter table public.journal_entries enable row level security;

revoke all on table public.journal_entries from anon;
revoke all on table public.journal_entries from public;
grant select, insert, update, delete on table public.journal_entries to authenticated;

create policy "journal owner" on public.journal_entries for all to authenticated
  using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()));
