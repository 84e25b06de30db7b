create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  slug text not null unique,
  body_md text not null default '',
  published boolean not null default false,
  published_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.posts enable row level security;

create policy "Published posts are readable by anyone"
  on public.posts for select
  using (published = true);

create policy "Authors can read their drafts"
  on public.posts for select to authenticated
  using (author_id = (select auth.uid()));

create policy "Authors can create posts"
  on public.posts for insert to authenticated
  with check (author_id = (select auth.uid()));

create policy "Authors can update their posts"
  on public.posts for update to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));

create policy "Authors can delete their posts"
  on public.posts for delete to authenticated
  using (author_id = (select auth.uid()));
