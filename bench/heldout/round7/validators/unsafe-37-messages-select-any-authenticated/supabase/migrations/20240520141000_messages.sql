create table public.messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users(id),
  recipient_id uuid not null references auth.users(id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.messages enable row level security;

create policy "Logged in users can read messages"
  on public.messages for select
  using (auth.role() = 'authenticated');

create policy "Users send as themselves"
  on public.messages for insert
  with check (auth.uid() = sender_id);

create index messages_recipient_idx on public.messages (recipient_id, created_at desc);
