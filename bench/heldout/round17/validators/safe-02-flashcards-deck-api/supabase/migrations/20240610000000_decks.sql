create table public.decks (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  name text not null
);
alter table public.decks enable row level security;
create policy "owner reads" on public.decks for select using (owner_id = auth.uid());
create policy "owner inserts" on public.decks for insert with check (owner_id = auth.uid());
create policy "owner updates" on public.decks for update using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy "owner deletes" on public.decks for delete using (owner_id = auth.uid());
