create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  sent_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "participants read" on public.direct_messages for select
  using (auth.uid() in (sender_id, recipient_id));

create policy "sender writes" on public.direct_messages for insert
  with check (auth.uid() = sender_id);
