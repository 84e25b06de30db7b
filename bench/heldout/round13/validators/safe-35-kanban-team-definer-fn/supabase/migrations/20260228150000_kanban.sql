create table public.boards (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  owner_id uuid not null references auth.users (id)
);

create table public.board_members (
  board_id uuid references public.boards (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (board_id, user_id)
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  board_id uuid not null references public.boards (id) on delete cascade,
  column_key text not null default 'todo',
  title text not null,
  position double precision not null default 0
);

alter table public.boards enable row level security;
alter table public.board_members enable row level security;
alter table public.cards enable row level security;

create function public.can_access_board(b uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.boards where id = b and owner_id = auth.uid())
      or exists (select 1 from public.board_members where board_id = b and user_id = auth.uid());
$$;

revoke execute on function public.can_access_board(uuid) from anon;

create policy "boards: members" on public.boards
  for select to authenticated using (public.can_access_board(id));

create policy "board_members: self" on public.board_members
  for select to authenticated using (user_id = auth.uid());

create policy "cards: members" on public.cards
  for all to authenticated
  using (public.can_access_board(board_id))
  with check (public.can_access_board(board_id));
