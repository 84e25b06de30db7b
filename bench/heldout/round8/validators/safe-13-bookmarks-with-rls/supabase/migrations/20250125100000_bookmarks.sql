create table public.bookmarks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade default auth.uid(),
  url text not null,
  title text,
  created_at timestamptz not null default now()
);

alter table public.bookmarks enable row level security;

create policy "bookmarks owner" on public.bookmarks
  for all to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);
