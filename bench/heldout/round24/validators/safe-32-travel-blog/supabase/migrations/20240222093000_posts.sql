create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text not null,
  published boolean not null default false,
  published_at timestamptz
);

alter table public.posts enable row level security;

create policy "read published or own" on public.posts
  for select using (published = true or (select auth.uid()) = author_id);

create policy "authors insert" on public.posts
  for insert to authenticated with check ((select auth.uid()) = author_id);

create policy "authors update" on public.posts
  for update to authenticated
  using ((select auth.uid()) = author_id)
  with check ((select auth.uid()) = author_id);

create policy "authors delete" on public.posts
  for delete to authenticated using ((select auth.uid()) = author_id);
