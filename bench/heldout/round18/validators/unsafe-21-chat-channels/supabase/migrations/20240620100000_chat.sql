create table public.chat_messages (
  id bigint generated always as identity primary key,
  channel text not null,
  user_id uuid references auth.users (id),
  body text not null,
  created_at timestamptz default now()
);

alter table public.chat_messages enable row level security;

create policy "chat open" on public.chat_messages for all using (true) with check (true);

grant select, insert, update, delete on public.chat_messages to anon, authenticated;
