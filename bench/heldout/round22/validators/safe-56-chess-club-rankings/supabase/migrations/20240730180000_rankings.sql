create or replace function public.get_rankings(max_rows int default 50)
returns table (display_name text, rating int, games int)
language sql
stable
security definer
set search_path = ''
as $$
  select p.display_name, p.rating, p.games_played
  from public.players p
  where p.show_on_leaderboard
  order by p.rating desc
  limit least(greatest(max_rows, 1), 200);
$$;

revoke execute on function public.get_rankings(int) from public;
grant execute on function public.get_rankings(int) to anon, authenticated;
