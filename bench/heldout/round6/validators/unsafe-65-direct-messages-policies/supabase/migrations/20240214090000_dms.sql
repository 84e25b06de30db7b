create table public.direct_messages (
  id uuid primary key default gen_random_uuid(),
  conversation_id uuid not null references public.conversations (id) on delete cascade,
  author_id uuid not null default auth.uid() references auth.users (id),
  body text not null,
  created_at timestamptz not null default now()
);

alter table public.direct_messages enable row level security;

create policy "Authenticated users can read messages"
  on public.direct_messages for select
  to authenticated
  using (true);

create policy "Users can send messages as themselves"
  on public.direct_messages for insert
  to authenticated
  with check (author_id = auth.uid());
