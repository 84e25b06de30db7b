drop table if exists public.flashcards;

create table public.decks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null
);

create table public.flashcards (
  id uuid primary key default gen_random_uuid(),
  deck_id uuid not null references public.decks (id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  front text not null,
  back text not null,
  box smallint not null default 1
);

alter table public.decks enable row level security;
alter table public.flashcards enable row level security;
alter table public.flashcards force row level security;

create policy "own decks" on public.decks
  for all to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());
create policy "own cards" on public.flashcards
  for all to authenticated using (user_id = auth.uid()) with check (user_id = auth.uid());
