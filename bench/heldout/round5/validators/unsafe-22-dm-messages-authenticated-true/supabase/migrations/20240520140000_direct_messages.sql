create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  user_a uuid not null references auth.users(id) on delete cascade,
  user_b uuid not null references auth.users(id) on delete cascade,
  created_at timestamptz not null default now()
);

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations(id) on delete cascade,
  sender_id uuid not null references auth.users(id) on delete cascade,
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.conversations enable row level security;
alter table public.messages enable row level security;

create policy "Participants can see conversations" on public.conversations
  for select to authenticated
  using (auth.uid() in (user_a, user_b));

create policy "Authenticated users can read messages" on public.messages
  for select to authenticated
  using (true);

create policy "Users can send messages as themselves" on public.messages
  for insert to authenticated
  with check (auth.uid() = sender_id);

alter publication supabase_realtime add table public.messages;
