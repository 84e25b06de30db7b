create table public.articles (
  id bigint generated always as identity primary key,
  author_id uuid not null references auth.users(id),
  slug text unique not null,
  title text not null,
  body_md text not null,
  published_at timestamptz
);

alter table public.articles enable row level security;

create policy "read published" on public.articles
  for select to anon, authenticated
  using (published_at is not null and published_at <= now());

create policy "author manages" on public.articles
  for all to authenticated
  using (author_id = auth.uid()) with check (author_id = auth.uid());

grant select on public.articles to anon;
