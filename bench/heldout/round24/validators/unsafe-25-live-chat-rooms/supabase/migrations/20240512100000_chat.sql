create table public.chat_messages (
  id bigint generated always as identity primary key,
  room_id uuid not null,
  user_id uuid not null references auth.users (id),
  content text not null,
  created_at timestamptz not null default now()
);

alter table public.chat_messages enable row level security;

create policy "room members read" on public.chat_messages
  for select to authenticated
  using (exists (select 1 from public.room_members rm where rm.room_id = chat_messages.room_id and rm.user_id = auth.uid()));

create policy "send as self" on public.chat_messages
  for insert to authenticated with check (auth.uid() = user_id);
