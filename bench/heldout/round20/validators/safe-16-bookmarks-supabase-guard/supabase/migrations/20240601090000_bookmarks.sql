create table public.bookmarks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  url text not null,
  title text,
  created_at timestamptz not null default now()
);

alter table public.bookmarks enable row level security;

create policy "own bookmarks select" on public.bookmarks for select to authenticated using (auth.uid() = user_id);
create policy "own bookmarks insert" on public.bookmarks for insert to authenticated with check (auth.uid() = user_id);
create policy "own bookmarks delete" on public.bookmarks for delete to authenticated using (auth.uid() = user_id);
