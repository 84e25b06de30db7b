create table public.direct_messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "Authenticated users can read messages"
  on public.direct_messages for select
  to authenticated
  using (true);

create policy "Users send messages as themselves"
  on public.direct_messages for insert
  to authenticated
  with check (auth.uid() = sender_id);
