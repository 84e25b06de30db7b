create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  slug text unique not null,
  content text not null default '',
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "published posts or own drafts" on public.posts
  for select using (published or auth.uid() = author_id);

create policy "authors write their posts" on public.posts
  for insert with check (auth.uid() = author_id);

create policy "authors edit their posts" on public.posts
  for update using (auth.uid() = author_id) with check (auth.uid() = author_id);

create policy "authors delete their posts" on public.posts
  for delete using (auth.uid() = author_id);
