create table public.messages (
  id bigint generated always as identity primary key,
  sender_id uuid not null references auth.users(id),
  recipient_id uuid not null references auth.users(id),
  listing_id uuid not null,
  body text not null,
  read_at timestamptz,
  created_at timestamptz not null default now()
);

alter table public.messages enable row level security;

create policy "participants can read" on public.messages
  for select using (auth.uid() in (sender_id, recipient_id));

create policy "sender can insert" on public.messages
  for insert with check (auth.uid() = sender_id);
