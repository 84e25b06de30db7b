create table public.cards (
  id uuid primary key default gen_random_uuid(),
  board_id uuid not null,
  owner_id uuid not null default auth.uid() references auth.users (id),
  column_key text not null default 'todo',
  title text not null,
  position integer not null default 0
);

alter table public.cards enable row level security;

create policy "cards_select_own" on public.cards for select to authenticated
  using (owner_id = auth.uid());

create policy "cards_insert_own" on public.cards for insert to authenticated
  with check (owner_id = auth.uid());

create policy "cards_update_own" on public.cards for update to authenticated
  using (owner_id = auth.uid())
  with check (true);

create policy "cards_delete_own" on public.cards for delete to authenticated
  using (owner_id = auth.uid());
