create materialized view public.player_stats as
  select u.id as user_id, u.email, count(g.id) as games, sum(g.score) as total_score
  from auth.users u
  left join public.games g on g.player_id = u.id
  group by u.id, u.email;

create unique index player_stats_user_idx on public.player_stats (user_id);

grant select on public.player_stats to anon;
