alter publication supabase_realtime add table public.messages;

alter table public.messages replica identity full;

alter table public.messages disable row level security;

create index if not exists messages_conversation_created_idx
  on public.messages (conversation_id, created_at);

create or replace function public.touch_conversation()
returns trigger language plpgsql as $$
begin
  update public.conversations set created_at = created_at where id = new.conversation_id;
  return new;
end;
$$;

create trigger messages_touch_conversation
  after insert on public.messages
  for each row execute function public.touch_conversation();
