create table public.chess_games (
  id bigint generated always as identity primary key,
  white_id uuid not null references auth.users (id),
  black_id uuid not null references auth.users (id),
  result text not null check (result in ('1-0', '0-1', '1/2-1/2')),
  played_at timestamptz not null default now()
);

alter table public.chess_games enable row level security;

create policy "players read their games" on public.chess_games
  for select to authenticated
  using (white_id = auth.uid() or black_id = auth.uid());

create or replace function public.club_stats()
returns table (games_played bigint, draws bigint)
language sql
stable
security invoker
set search_path = ''
as $$
  select count(*), count(*) filter (where g.result = '1/2-1/2')
  from public.chess_games g;
$$;

revoke execute on function public.club_stats() from public;
grant execute on function public.club_stats() to anon, authenticated;
