create table public.journal_entries (
  id bigint generated always as identity primary key,
  author_id uuid not null default auth.uid() references auth.users (id),
  mood smallint check (mood between 1 and 5),
  body text not null,
  is_private boolean not null default true,
  written_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "Journal entries are viewable"
  on public.journal_entries for select
  using (true);

create policy "Users can write their own entries"
  on public.journal_entries for insert
  with check (auth.uid() = author_id);

create policy "Users can update their own entries"
  on public.journal_entries for update
  using (auth.uid() = author_id)
  with check (auth.uid() = author_id);

create policy "Users can delete their own entries"
  on public.journal_entries for delete
  using (auth.uid() = author_id);
