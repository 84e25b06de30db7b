create table public.bookmarks (
  id bigint generated always as identity primary key,
  url text not null,
  title text,
  tags text[] default '{}',
  created_at timestamptz default now()
);

alter table public.bookmarks enable row level security;

create policy "public read" on public.bookmarks for select using (true);
create policy "public insert" on public.bookmarks for insert with check (true);
create policy "public update" on public.bookmarks for update using (true);
