create table if not exists public.messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users(id) on delete cascade,
  recipient_id uuid not null references auth.users(id) on delete cascade,
  body text not null check (char_length(body) <= 4000),
  read_at timestamptz,
  created_at timestamptz not null default now()
);

create index on public.messages (recipient_id, created_at desc);

alter table public.messages enable row level security;

create policy "Users can read messages"
  on public.messages for select
  to authenticated
  using (true);

create policy "Users can send messages"
  on public.messages for insert
  to authenticated
  with check (auth.uid() = sender_id);
