create or replace view public.published_posts
with (security_invoker = true)
as
  select p.id, p.slug, p.title, p.excerpt, p.published_at, a.display_name as author_name
  from public.posts p
  join public.authors a on a.id = p.author_id
  where p.published = true;

revoke all on public.posts from anon;
revoke all on public.authors from anon;

grant select (id, slug, title, excerpt, published_at, author_id, published) on public.posts to anon;
grant select (id, display_name) on public.authors to anon;
grant select on public.published_posts to anon;

create policy "anon reads published posts" on public.posts
  for select to anon
  using (published = true);

create policy "anon reads published authors" on public.authors
  for select to anon
  using (exists (
    select 1 from public.posts p
    where p.author_id = authors.id and p.published = true
  ));
