-- switch message ids to uuid
create table public.messages_new (
  id uuid primary key default gen_random_uuid(),
  sender_id uuid not null references auth.users (id),
  recipient_id uuid not null references auth.users (id),
  body text not null,
  created_at timestamptz default now()
);

insert into public.messages_new (sender_id, recipient_id, body, created_at)
select sender_id, recipient_id, body, created_at from public.messages;

drop table public.messages;
alter table public.messages_new rename to messages;
