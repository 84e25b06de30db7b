alter table public.posts enable row level security;

create policy "published posts are public" on public.posts
  for select to anon, authenticated
  using (status = 'published');

create policy "authors manage own posts" on public.posts
  for all to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));
