alter default privileges in schema public grant all on tables to anon, authenticated;
alter default privileges in schema public grant all on sequences to anon, authenticated;

create table public.journal_entries (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) default auth.uid(),
  mood smallint check (mood between 1 and 5),
  entry text not null,
  created_at timestamptz not null default now()
);

alter table public.journal_entries enable row level security;

create policy "journal anon and users" on public.journal_entries
  for select to anon, authenticated using (true);
