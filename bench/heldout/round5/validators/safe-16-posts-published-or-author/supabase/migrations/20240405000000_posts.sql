create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users(id) on delete cascade default auth.uid(),
  title text not null,
  slug text not null unique,
  content text not null default '',
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "Published posts are public" on public.posts
  for select using (published = true or auth.uid() = author_id);

create policy "Authors create posts" on public.posts
  for insert to authenticated with check (auth.uid() = author_id);

create policy "Authors update own posts" on public.posts
  for update to authenticated
  using (auth.uid() = author_id)
  with check (auth.uid() = author_id);

create policy "Authors delete own posts" on public.posts
  for delete to authenticated using (auth.uid() = author_id);
