create table public.kanban_cards (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  column_key text not null check (column_key in ('todo', 'doing', 'done')),
  title text not null,
  position integer not null default 0
);

alter table public.kanban_cards enable row level security;

revoke all on public.kanban_cards from anon;
grant select, insert, update, delete on public.kanban_cards to authenticated;

create policy "cards: owner select" on public.kanban_cards
  for select to authenticated using (owner_id = auth.uid());
create policy "cards: owner insert" on public.kanban_cards
  for insert to authenticated with check (owner_id = auth.uid());
create policy "cards: owner update" on public.kanban_cards
  for update to authenticated using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy "cards: owner delete" on public.kanban_cards
  for delete to authenticated using (owner_id = auth.uid());
