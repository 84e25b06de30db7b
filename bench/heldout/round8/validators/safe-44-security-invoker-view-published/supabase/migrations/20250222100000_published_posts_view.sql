create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id),
  title text not null,
  body text not null,
  published boolean not null default false,
  published_at timestamptz
);
alter table public.posts enable row level security;
create policy "published are public" on public.posts
  for select using (published);

create view public.published_posts
with (security_invoker = true)
as
  select id, title, body, published_at from public.posts where published;

grant select on public.published_posts to anon, authenticated;
