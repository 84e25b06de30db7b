alter table public.decks enable row level security;
alter table public.cards enable row level security;

create policy "own decks" on public.decks
  for all to authenticated
  using (owner_id = auth.uid())
  with check (owner_id = auth.uid());

create policy "cards of own decks" on public.cards
  for all to authenticated
  using (exists (select 1 from public.decks d where d.id = cards.deck_id and d.owner_id = auth.uid()))
  with check (exists (select 1 from public.decks d where d.id = cards.deck_id and d.owner_id = auth.uid()));
