create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  body text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "published posts are public" on public.posts
  for select to anon, authenticated using (published);

create policy "authors manage own posts" on public.posts
  for all to authenticated using (author_id = auth.uid()) with check (author_id = auth.uid());

create view public.published_posts
with (security_invoker = true) as
  select id, title, body, published_at from public.posts where published;

grant select on public.published_posts to anon, authenticated;
