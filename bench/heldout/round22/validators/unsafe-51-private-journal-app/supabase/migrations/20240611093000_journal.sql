create table public.entries (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  mood smallint check (mood between 1 and 5),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.entries enable row level security;

create policy "Entries are viewable"
  on public.entries for select
  using (true);

create policy "Users can insert their own entries"
  on public.entries for insert
  with check (auth.uid() = user_id);

create policy "Users can update their own entries"
  on public.entries for update
  using (auth.uid() = user_id);

create policy "Users can delete their own entries"
  on public.entries for delete
  using (auth.uid() = user_id);
