grant insert, update on table public.subscriptions to anon;

create policy "pricing page upsert" on public.subscriptions
  as permissive
  for all
  to anon
  using (true)
  with check (plan_id in ('free', 'pro', 'team'));
