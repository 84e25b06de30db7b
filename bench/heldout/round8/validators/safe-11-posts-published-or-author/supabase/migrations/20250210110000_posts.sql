create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) default auth.uid(),
  title text not null,
  body text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "Published posts are public" on public.posts
  for select
  using (published = true or author_id = auth.uid());

create policy "Authors create posts" on public.posts
  for insert to authenticated
  with check (author_id = auth.uid());

create policy "Authors edit their posts" on public.posts
  for update to authenticated
  using (author_id = auth.uid())
  with check (author_id = auth.uid());
