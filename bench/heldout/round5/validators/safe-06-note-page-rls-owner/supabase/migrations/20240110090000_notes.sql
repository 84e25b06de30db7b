create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  title text not null default 'Untitled',
  body text not null default '',
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Users can read own notes" on public.notes
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "Users can insert own notes" on public.notes
  for insert to authenticated with check ((select auth.uid()) = user_id);
create policy "Users can update own notes" on public.notes
  for update to authenticated using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "Users can delete own notes" on public.notes
  for delete to authenticated using ((select auth.uid()) = user_id);
