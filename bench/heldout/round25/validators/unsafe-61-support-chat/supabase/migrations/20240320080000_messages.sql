create table public.conversations (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users (id),
  subject text,
  created_at timestamptz default now()
);

create table public.messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  sender_id uuid not null references auth.users (id),
  body text not null,
  created_at timestamptz default now()
);

alter table public.conversations enable row level security;
alter table public.messages enable row level security;

create policy "customer sees conversation" on public.conversations
  for select using (customer_id = auth.uid());

create policy "read messages" on public.messages
  for select using (1 = 1);

create policy "send in own conversation" on public.messages
  for insert with check (
    sender_id = auth.uid()
    and exists (
      select 1 from public.conversations c
      where c.id = conversation_id and c.customer_id = auth.uid()
    )
  );
