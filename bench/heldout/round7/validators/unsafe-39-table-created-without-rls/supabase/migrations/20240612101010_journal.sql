create table public.journal_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  entry text not null,
  created_at timestamptz not null default now()
);

create index journal_entries_user_idx on public.journal_entries (user_id, created_at desc);

comment on table public.journal_entries is 'Private daily journal entries';
