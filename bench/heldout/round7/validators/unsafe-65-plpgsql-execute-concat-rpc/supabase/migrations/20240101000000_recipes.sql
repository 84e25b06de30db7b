create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null default auth.uid() references auth.users(id),
  title text not null,
  slug text unique,
  body_md text not null default '',
  rating numeric(2,1),
  published boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.recipes enable row level security;

create policy "published recipes are readable" on public.recipes
  for select using (published or author_id = auth.uid());
create policy "authors write recipes" on public.recipes
  for insert to authenticated with check (author_id = auth.uid());
