create table public.posts (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id),
  title text not null,
  body text not null,
  published boolean not null default false,
  created_at timestamptz not null default now()
);
alter table public.posts enable row level security;
create policy "published posts" on public.posts for select using (published);
