create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  content text not null default '',
  updated_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Owners read notes" on public.notes
  for select to authenticated using ((select auth.uid()) = user_id);

create policy "Owners insert notes" on public.notes
  for insert to authenticated with check ((select auth.uid()) = user_id);

create policy "Owners update notes" on public.notes
  for update to authenticated
  using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Owners delete notes" on public.notes
  for delete to authenticated using ((select auth.uid()) = user_id);
