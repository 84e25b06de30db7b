create table public.direct_messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

create index on public.direct_messages (recipient_id, created_at desc);

alter table public.direct_messages enable row level security;

create policy "authenticated users manage messages"
  on public.direct_messages
  as permissive
  for all
  to authenticated
  using (true)
  with check (true);
