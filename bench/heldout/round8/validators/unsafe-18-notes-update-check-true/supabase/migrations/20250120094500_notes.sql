create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) default auth.uid(),
  workspace_id uuid not null,
  body text not null default '',
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "read own notes" on public.notes
  for select using ((select auth.uid()) = user_id);

create policy "insert own notes" on public.notes
  for insert with check ((select auth.uid()) = user_id);

create policy "update own notes" on public.notes
  for update
  using ((select auth.uid()) = user_id)
  with check (true);
