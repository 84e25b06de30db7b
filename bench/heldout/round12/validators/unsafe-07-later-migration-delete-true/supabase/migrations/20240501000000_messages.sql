create table public.messages (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.messages enable row level security;

create policy "participants read" on public.messages for select
  using (auth.uid() in (sender_id, recipient_id));

create policy "sender inserts" on public.messages for insert
  with check (auth.uid() = sender_id);

create policy "sender deletes" on public.messages for delete
  using (auth.uid() = sender_id);
