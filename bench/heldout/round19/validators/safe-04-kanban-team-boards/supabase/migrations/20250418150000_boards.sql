create table public.boards (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  owner_id uuid not null default auth.uid() references auth.users (id)
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
  position integer not null default 0
);

alter table public.boards enable row level security;
alter table public.board_members enable row level security;
alter table public.cards enable row level security;

create policy "owners manage boards" on public.boards for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "members see membership" on public.board_members for select to authenticated
  using (user_id = auth.uid());

create policy "owners manage membership" on public.board_members for all to authenticated
  using (exists (select 1 from public.boards b where b.id = board_id and b.owner_id = auth.uid()))
  with check (exists (select 1 from public.boards b where b.id = board_id and b.owner_id = auth.uid()));

create policy "members use cards" on public.cards for all to authenticated
  using (exists (select 1 from public.board_members m where m.board_id = cards.board_id and m.user_id = auth.uid()))
  with check (exists (select 1 from public.board_members m where m.board_id = cards.board_id and m.user_id = auth.uid()));
