create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "Owners manage their entries" on public.journal_entries
  for all to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);
