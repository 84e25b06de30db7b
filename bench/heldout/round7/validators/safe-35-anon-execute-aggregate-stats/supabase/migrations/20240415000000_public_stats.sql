create or replace function public.get_public_stats()
returns table (total_members bigint, total_games bigint, last_game_at timestamptz)
language sql
stable
security definer
set search_path = ''
as $$
  select
    (select count(*) from public.profiles),
    (select count(*) from public.games),
    (select max(played_at) from public.games);
$$;

revoke execute on function public.get_public_stats() from public;
grant execute on function public.get_public_stats() to anon, authenticated;
