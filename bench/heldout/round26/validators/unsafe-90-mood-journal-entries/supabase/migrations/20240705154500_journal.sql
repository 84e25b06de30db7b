create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  mood smallint not null check (mood between 1 and 5),
  entry text not null,
  tags text[] not null default '{}',
  created_at timestamptz not null default now()
);

create index journal_entries_user_id_idx on public.journal_entries (user_id, created_at desc);

alter table public.journal_entries enable row level security;

create policy "Logged in users can read entries"
  on public.journal_entries for select
  using (auth.uid() is not null);

create policy "Logged in users can write entries"
  on public.journal_entries for insert
  with check (auth.uid() is not null);

create policy "Logged in users can edit entries"
  on public.journal_entries for update
  using (auth.role() = 'authenticated');

create policy "Logged in users can remove entries"
  on public.journal_entries for delete
  using (auth.role() = 'authenticated');
