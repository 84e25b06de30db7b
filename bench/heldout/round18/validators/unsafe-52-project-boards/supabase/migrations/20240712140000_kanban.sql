create table public.boards (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  board_id uuid not null references public.boards (id) on delete cascade,
  column_key text not null default 'todo',
  title text not null,
  notes text,
  position double precision not null default 0
);

grant select, insert, update, delete on public.boards to anon, authenticated;
grant select, insert, update, delete on public.cards to anon, authenticated;
