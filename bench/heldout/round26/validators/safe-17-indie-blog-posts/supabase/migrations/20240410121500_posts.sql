create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  slug text not null unique,
  title text not null,
  body_md text not null default '',
  published boolean not null default false,
  published_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.posts enable row level security;

create policy "Published posts are public, drafts are private"
  on public.posts for select
  using (published = true or auth.uid() = author_id);

create policy "Authors create their posts"
  on public.posts for insert
  to authenticated
  with check (auth.uid() = author_id);

create policy "Authors edit their posts"
  on public.posts for update
  to authenticated
  using (auth.uid() = author_id)
  with check (auth.uid() = author_id);

create policy "Authors delete their posts"
  on public.posts for delete
  to authenticated
  using (auth.uid() = author_id);
