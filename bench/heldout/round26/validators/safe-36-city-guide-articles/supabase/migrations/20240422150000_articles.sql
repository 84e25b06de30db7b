create table public.articles (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id),
  city text not null,
  title text not null,
  body text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.articles enable row level security;

create policy "Published articles are readable"
  on public.articles for select
  to anon, authenticated
  using (published);

create policy "Authors manage their drafts"
  on public.articles for all
  to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));

create view public.published_articles
with (security_invoker = true)
as
  select id, city, title, body, published_at
  from public.articles
  where published;

revoke all on public.published_articles from anon;
grant select on public.published_articles to anon, authenticated;
