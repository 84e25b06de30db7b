create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz default now()
);

create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid references public.conversations(id) on delete cascade,
  sender_id uuid references auth.users(id) not null,
  recipient_id uuid references auth.users(id) not null,
  body text not null,
  read_at timestamptz,
  created_at timestamptz default now()
);

alter table public.conversations enable row level security;
alter table public.direct_messages enable row level security;

-- Only logged in users can use messaging
create policy "Logged in users can manage messages"
  on public.direct_messages
  for all
  using (auth.role() = 'authenticated')
  with check (auth.role() = 'authenticated');

create policy "Logged in users can see conversations"
  on public.conversations
  for select
  using (auth.role() = 'authenticated');

alter publication supabase_realtime add table public.direct_messages;
