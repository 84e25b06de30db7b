create table public.cards (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  column_key text not null default 'todo',
  title text not null,
  position double precision not null default 0
);
