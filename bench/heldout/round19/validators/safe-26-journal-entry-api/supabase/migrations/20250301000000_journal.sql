create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  body text not null default '',
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "own entries read" on public.journal_entries for select to authenticated
  using (user_id = auth.uid());
create policy "own entries write" on public.journal_entries for insert to authenticated
  with check (user_id = auth.uid());
create policy "own entries delete" on public.journal_entries for delete to authenticated
  using (user_id = auth.uid());
