create table public.time_entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  project text not null,
  minutes integer not null check (minutes > 0),
  spent_on date not null default current_date
);

alter table public.time_entries enable row level security;

create policy "own entries" on public.time_entries
  for all to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

revoke all on public.time_entries from anon;
revoke all on public.time_entries from public;
grant select, insert, update, delete on public.time_entries to authenticated;

alter default privileges in schema public revoke all on tables from anon;
alter default privileges in schema public revoke execute on functions from anon;

comment on table public.time_entries is 'Per-user time tracking, never visible to anon';
