create table public.players (
  id uuid primary key references auth.users(id) on delete cascade,
  display_name text not null,
  show_on_leaderboard boolean not null default true
);

create table public.game_results (
  id bigint generated always as identity primary key,
  player_id uuid not null references public.players(id) on delete cascade,
  points integer not null,
  played_at timestamptz not null default now()
);

alter table public.players enable row level security;
alter table public.game_results enable row level security;

create policy "players self" on public.players for all using (auth.uid() = id) with check (auth.uid() = id);
create policy "results self" on public.game_results for select using (auth.uid() = player_id);

create or replace function public.get_leaderboard(p_limit int default 20)
returns table (display_name text, total_points bigint, games bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select p.display_name, sum(r.points)::bigint, count(*)::bigint
  from public.players p
  join public.game_results r on r.player_id = p.id
  where p.show_on_leaderboard
  group by p.id, p.display_name
  order by 2 desc
  limit least(greatest(p_limit, 1), 100);
$$;

revoke execute on function public.get_leaderboard(int) from public;
grant execute on function public.get_leaderboard(int) to anon, authenticated;
