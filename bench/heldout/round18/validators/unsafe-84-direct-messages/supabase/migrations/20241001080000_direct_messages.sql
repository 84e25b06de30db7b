create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null check (char_length(body) <= 4000),
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "Messages are viewable" on public.direct_messages
  for select
  using (true);

create policy "Users send as themselves" on public.direct_messages
  for insert to authenticated
  with check (sender_id = auth.uid());

create index on public.direct_messages (recipient_id, created_at desc);
