create table if not exists public.messages (
  id uuid primary key default gen_random_uuid(),
  channel_id uuid not null references public.channels (id) on delete cascade,
  author_id uuid not null references auth.users (id),
  content text not null,
  inserted_at timestamptz not null default timezone('utc', now())
);

alter table public.messages enable row level security;

create policy "Authenticated users can manage messages"
  on public.messages
  as permissive
  for all
  to authenticated
  using (true)
  with check (true);

create index messages_channel_idx on public.messages (channel_id, inserted_at);
