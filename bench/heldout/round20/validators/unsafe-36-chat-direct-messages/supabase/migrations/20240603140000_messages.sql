create table public.direct_messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  content text not null check (char_length(content) <= 4000),
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "Users can send messages" on public.direct_messages
  for insert to authenticated
  with check (auth.uid() = sender_id);

create policy "Messages are viewable" on public.direct_messages
  for select
  using (true);

create policy "Recipients mark as read" on public.direct_messages
  for update to authenticated
  using (auth.uid() = recipient_id)
  with check (auth.uid() = recipient_id);
