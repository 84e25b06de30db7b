create table public.decks (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  language text not null default 'fr'
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  deck_id uuid not null references public.decks (id) on delete cascade,
  front text not null,
  back text not null,
  box smallint not null default 1
);

alter table public.decks enable row level security;
alter table public.cards enable row level security;

create policy "own decks" on public.decks for all to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

create policy "cards in own decks" on public.cards for all to authenticated
  using (exists (select 1 from public.decks d where d.id = deck_id and d.user_id = (select auth.uid())))
  with check (exists (select 1 from public.decks d where d.id = deck_id and d.user_id = (select auth.uid())));
