drop policy if exists "sender deletes" on public.messages;

create policy "allow delete messages" on public.messages
  for delete
  using (true);

create policy "recipient marks read" on public.messages
  for update
  using (auth.uid() = recipient_id)
  with check (auth.uid() = recipient_id);

create index if not exists messages_recipient_idx
  on public.messages (recipient_id, created_at desc);

create index if not exists messages_sender_idx
  on public.messages (sender_id, created_at desc);
