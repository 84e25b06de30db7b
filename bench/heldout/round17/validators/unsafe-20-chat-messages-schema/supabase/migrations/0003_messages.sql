create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  content text not null,
  read_at timestamptz,
  sent_at timestamptz not null default now()
);

create index on public.direct_messages (recipient_id, sent_at desc);

alter table public.direct_messages enable row level security;

create policy "dm access" on public.direct_messages
  as permissive for all
  to authenticated
  using (true)
  with check (true);
