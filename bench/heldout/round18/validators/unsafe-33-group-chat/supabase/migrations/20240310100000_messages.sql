create table public.messages (
  id uuid primary key default gen_random_uuid(),
  room_id uuid not null,
  author_id uuid not null references auth.users (id),
  content text not null,
  created_at timestamptz default now()
);

alter table public.messages enable row level security;

create policy "members read messages" on public.messages
  for select using (
    exists (select 1 from public.room_members m where m.room_id = messages.room_id and m.user_id = auth.uid())
  );

create policy "members post messages" on public.messages
  for insert with check (author_id = auth.uid());
