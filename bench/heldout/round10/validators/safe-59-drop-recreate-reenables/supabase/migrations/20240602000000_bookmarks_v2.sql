begin;

drop table if exists public.bookmarks cascade;

create table public.bookmarks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  url text not null check (url ~* '^https?://'),
  title text,
  tags text[] not null default '{}',
  created_at timestamptz not null default now()
);

alter table public.bookmarks enable row level security;

create policy "select own bookmarks" on public.bookmarks
  for select using (auth.uid() = user_id);
create policy "insert own bookmarks" on public.bookmarks
  for insert with check (auth.uid() = user_id);
create policy "update own bookmarks" on public.bookmarks
  for update using (auth.uid() = user_id) with check (auth.uid() = user_id);
create policy "delete own bookmarks" on public.bookmarks
  for delete using (auth.uid() = user_id);

create index bookmarks_user_idx on public.bookmarks (user_id, created_at desc);

commit;
