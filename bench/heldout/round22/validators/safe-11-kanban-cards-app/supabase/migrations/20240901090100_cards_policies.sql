alter table public.cards enable row level security;

create policy "cards: owner select" on public.cards for select to authenticated using (owner_id = auth.uid());
create policy "cards: owner insert" on public.cards for insert to authenticated with check (owner_id = auth.uid());
create policy "cards: owner update" on public.cards for update to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy "cards: owner delete" on public.cards for delete to authenticated using (owner_id = auth.uid());
