create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users(id),
  title text not null,
  slug text unique not null,
  body_md text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "published readable" on public.posts
  for select to anon, authenticated
  using (published);
create policy "authors manage own" on public.posts
  for all to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));

create view public.published_posts
with (security_invoker = true)
as
  select id, title, slug, body_md, published_at
  from public.posts
  where published;

revoke all on public.published_posts from anon;
grant select on public.published_posts to anon;
