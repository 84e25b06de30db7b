create table public.boards (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.board_members (
  board_id uuid not null references public.boards (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'member')),
  primary key (board_id, user_id)
);

create table public.cards (
  id uuid primary key default gen_random_uuid(),
  board_id uuid not null references public.boards (id) on delete cascade,
  column_key text not null,
  title text not null,
  position integer not null default 0
);

create function public.is_board_member(b uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.board_members m where m.board_id = b and m.user_id = auth.uid()
  );
$$;

alter table public.boards enable row level security;
alter table public.board_members enable row level security;
alter table public.cards enable row level security;

create policy "members see boards" on public.boards
  for select to authenticated using (public.is_board_member(id));

create policy "members see membership" on public.board_members
  for select to authenticated using (public.is_board_member(board_id));

create policy "members manage cards" on public.cards
  for all to authenticated
  using (public.is_board_member(board_id))
  with check (public.is_board_member(board_id));
