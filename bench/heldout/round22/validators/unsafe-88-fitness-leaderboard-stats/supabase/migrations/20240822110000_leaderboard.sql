create materialized view public.athlete_stats as
  select p.id as user_id,
         u.email,
         p.display_name,
         p.body_weight_kg,
         sum(w.volume_kg) as total_volume_kg,
         count(*) as workouts
  from public.profiles p
  join auth.users u on u.id = p.id
  join public.workouts w on w.user_id = p.id
  group by p.id, u.email, p.display_name, p.body_weight_kg;

create unique index athlete_stats_user_idx on public.athlete_stats (user_id);

grant select on public.athlete_stats to anon, authenticated;
