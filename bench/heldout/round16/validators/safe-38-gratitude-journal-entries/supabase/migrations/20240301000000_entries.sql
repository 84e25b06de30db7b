create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  body text not null,
  created_at timestamptz default now()
);
alter table public.entries enable row level security;
create policy "own entries select" on public.entries for select using (auth.uid() = user_id);
create policy "own entries insert" on public.entries for insert with check (auth.uid() = user_id);
create policy "own entries delete" on public.entries for delete using (auth.uid() = user_id);
