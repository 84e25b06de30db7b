create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  streak integer not null default 0
);

alter table public.habits enable row level security;

create policy "own habits" on public.habits
  for all to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());
