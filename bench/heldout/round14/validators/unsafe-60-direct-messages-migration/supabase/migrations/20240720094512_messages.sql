create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz default now()
);

create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid references public.conversations(id) on delete cascade,
  sender_id uuid references auth.users(id),
  recipient_id uuid references auth.users(id),
  content text not null,
  read_at timestamptz,
  created_at timestamptz default now()
);

alter table public.conversations enable row level security;
alter table public.direct_messages enable row level security;

create policy "conversations_member_read" on public.conversations
  for select to authenticated
  using (exists (
    select 1 from public.direct_messages m
    where m.conversation_id = conversations.id
      and (m.sender_id = auth.uid() or m.recipient_id = auth.uid())
  ));

create policy "Enable all for users" on public.direct_messages
  as permissive for all to public
  using (true)
  with check (true);
