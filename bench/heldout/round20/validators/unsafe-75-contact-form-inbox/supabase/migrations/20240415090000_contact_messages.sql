create table public.contact_messages (
  id bigint generated always as identity primary key,
  name text not null,
  email text not null,
  phone text,
  message text not null,
  created_at timestamptz not null default now()
);

alter table public.contact_messages enable row level security;

grant select, insert, update, delete on table public.contact_messages to anon;

create policy "anon can manage contact messages" on public.contact_messages
  for all to anon
  using (true)
  with check (true);
