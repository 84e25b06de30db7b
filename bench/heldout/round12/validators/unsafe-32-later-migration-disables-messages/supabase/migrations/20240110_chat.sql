create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz default now()
);

create table public.participants (
  conversation_id uuid references public.conversations (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (conversation_id, user_id)
);

create table public.messages (
  id bigserial primary key,
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  sender_id uuid not null references auth.users (id),
  body text not null,
  created_at timestamptz default now()
);

alter table public.conversations enable row level security;
alter table public.participants enable row level security;
alter table public.messages enable row level security;

create policy "participants read messages" on public.messages for select
  using (exists (select 1 from public.participants p
                 where p.conversation_id = messages.conversation_id and p.user_id = auth.uid()));
