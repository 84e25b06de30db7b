create table public.messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  created_at timestamptz default now()
);

alter table public.messages enable row level security;

create policy "participants read" on public.messages
  for select using (auth.uid() in (sender_id, recipient_id));
create policy "sender writes" on public.messages
  for insert with check (auth.uid() = sender_id);
