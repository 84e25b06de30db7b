create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text,
  created_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Users can view notes" on public.notes
  for select using (true);

create policy "Users can create notes" on public.notes
  for insert with check (auth.uid() = user_id);

create policy "Users can update notes" on public.notes
  for update using (true);

create policy "Users can delete own notes" on public.notes
  for delete using (auth.uid() = user_id);
