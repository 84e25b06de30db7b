create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "participants read" on public.direct_messages
  for select to authenticated
  using (auth.uid() = sender_id or auth.uid() = recipient_id);

create policy "sender writes" on public.direct_messages
  for insert to authenticated
  with check (auth.uid() = sender_id);
