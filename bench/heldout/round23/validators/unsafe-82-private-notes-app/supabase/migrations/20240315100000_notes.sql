create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade default auth.uid(),
  title text not null default '',
  body text not null default '',
  pinned boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create index notes_user_id_idx on public.notes (user_id);

alter table public.notes enable row level security;

create policy "Notes are viewable"
  on public.notes for select
  using (true);

create policy "Users can create their notes"
  on public.notes for insert
  with check (auth.uid() = user_id);

create policy "Users can update their notes"
  on public.notes for update
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);

create policy "Users can delete their notes"
  on public.notes for delete
  using (auth.uid() = user_id);
