create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text,
  created_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Notes are viewable" on public.notes
  for select using (true);

create policy "Users insert own notes" on public.notes
  for insert with check (auth.uid() = user_id);

create policy "Users update own notes" on public.notes
  for update using (auth.uid() = user_id);
