create materialized view public.weekly_leaderboard as
  select
    w.user_id,
    p.display_name,
    u.email,
    max(w.body_weight_kg) as body_weight_kg,
    sum(w.duration_min) as minutes,
    rank() over (order by sum(w.duration_min) desc) as position
  from public.workouts w
  join public.profiles p on p.id = w.user_id
  join auth.users u on u.id = w.user_id
  where w.logged_at > now() - interval '7 days'
  group by w.user_id, p.display_name, u.email;

create unique index weekly_leaderboard_user_idx on public.weekly_leaderboard (user_id);

grant select on public.weekly_leaderboard to anon, authenticated;

select cron.schedule('refresh-leaderboard', '*/15 * * * *', 'refresh materialized view concurrently public.weekly_leaderboard');
