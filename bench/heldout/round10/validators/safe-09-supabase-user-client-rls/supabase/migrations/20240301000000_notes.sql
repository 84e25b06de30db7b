create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null default 'Untitled',
  content text not null default '',
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "notes are private" on public.notes
  for all
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create index notes_user_idx on public.notes (user_id, updated_at desc);

revoke all on public.notes from anon;
grant select, insert, update, delete on public.notes to authenticated;
