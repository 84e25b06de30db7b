create table public.messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.messages enable row level security;

create policy "Signed in users can read messages" on public.messages
  for select using (auth.role() = 'authenticated');

create policy "Users send as themselves" on public.messages
  for insert with check (auth.uid() = sender_id);

create policy "Recipients mark as read" on public.messages
  for update using (auth.uid() = recipient_id) with check (auth.uid() = recipient_id);
