create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id),
  title text not null,
  body text not null,
  published boolean not null default false
);

alter table public.posts enable row level security;

create policy "read published or own" on public.posts for select
  using (published = true or author_id = auth.uid());

create policy "author inserts" on public.posts for insert to authenticated
  with check (author_id = auth.uid());

create policy "author updates" on public.posts for update to authenticated
  using (author_id = auth.uid()) with check (author_id = auth.uid());

create policy "author deletes" on public.posts for delete to authenticated
  using (author_id = auth.uid());
