create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  body_md text not null default '',
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "read published or own" on public.posts for select
  using (published = true or author_id = (select auth.uid()));

create policy "authors insert" on public.posts for insert to authenticated
  with check (author_id = (select auth.uid()));

create policy "authors update" on public.posts for update to authenticated
  using (author_id = (select auth.uid()))
  with check (author_id = (select auth.uid()));

create policy "authors delete" on public.posts for delete to authenticated
  using (author_id = (select auth.uid()));
