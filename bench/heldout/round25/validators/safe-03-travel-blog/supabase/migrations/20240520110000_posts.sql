create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id),
  slug text not null unique,
  title text not null,
  body_md text not null default '',
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "published or own" on public.posts
  for select to anon, authenticated
  using (published = true or author_id = (select auth.uid()));

create policy "authors insert" on public.posts
  for insert to authenticated
  with check (author_id = (select auth.uid()));

create policy "authors update" on public.posts
  for update to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));
