create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text not null,
  published boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.posts enable row level security;

create policy "posts readable when published or own" on public.posts
  for select using (published or auth.uid() = author_id);

create policy "authors insert own posts" on public.posts
  for insert to authenticated with check (auth.uid() = author_id);

create policy "authors update own posts" on public.posts
  for update to authenticated
  using (auth.uid() = author_id)
  with check (auth.uid() = author_id);

create policy "authors delete own posts" on public.posts
  for delete to authenticated using (auth.uid() = author_id);
