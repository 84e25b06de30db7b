create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  slug text not null unique,
  content text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "published posts or own drafts" on public.posts
  for select using (published or author_id = auth.uid());

create policy "authors create posts" on public.posts
  for insert to authenticated with check (author_id = auth.uid());

create policy "authors edit posts" on public.posts
  for update to authenticated using (author_id = auth.uid()) with check (author_id = auth.uid());

create policy "authors delete posts" on public.posts
  for delete to authenticated using (author_id = auth.uid());
