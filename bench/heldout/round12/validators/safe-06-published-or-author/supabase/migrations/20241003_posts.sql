create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  slug text not null unique,
  body_md text not null default '',
  published boolean not null default false,
  published_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.posts enable row level security;

create policy "read published posts or own drafts"
  on public.posts for select
  using (published = true or auth.uid() = author_id);

create policy "authors create posts"
  on public.posts for insert to authenticated
  with check (auth.uid() = author_id);

create policy "authors edit posts"
  on public.posts for update to authenticated
  using (auth.uid() = author_id)
  with check (auth.uid() = author_id);

create policy "authors delete posts"
  on public.posts for delete to authenticated
  using (auth.uid() = author_id);
