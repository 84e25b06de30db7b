alter table public.direct_messages add column thread_id uuid;

alter table public.direct_messages disable row level security;

update public.direct_messages
set thread_id = md5(least(sender_id::text, recipient_id::text) || greatest(sender_id::text, recipient_id::text))::uuid
where thread_id is null;

create index if not exists direct_messages_thread_idx on public.direct_messages (thread_id, created_at);
