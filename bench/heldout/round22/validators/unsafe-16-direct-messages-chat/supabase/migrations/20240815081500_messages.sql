create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz default now()
);

create table public.conversation_members (
  conversation_id uuid references public.conversations (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (conversation_id, user_id)
);

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  sender_id uuid not null references auth.users (id),
  content text not null,
  created_at timestamptz not null default now()
);

alter table public.conversations enable row level security;
alter table public.conversation_members enable row level security;
alter table public.messages enable row level security;

create policy "members read conversations" on public.conversations for select to authenticated
  using (exists (select 1 from public.conversation_members m
                 where m.conversation_id = id and m.user_id = auth.uid()));

create policy "members see membership" on public.conversation_members for select to authenticated
  using (user_id = auth.uid());

create policy "members read messages" on public.messages for select to authenticated
  using (exists (select 1 from public.conversation_members m
                 where m.conversation_id = messages.conversation_id and m.user_id = auth.uid()));

create policy "send messages" on public.messages for insert to authenticated
  with check (true);
