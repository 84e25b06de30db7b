create materialized view public.member_stats as
  select m.id as member_id,
         m.email,
         m.full_name,
         count(w.id) as workouts,
         max(w.weight_kg) as last_weight_kg
  from public.members m
  left join public.weigh_ins w on w.member_id = m.id
  group by m.id, m.email, m.full_name;

create unique index member_stats_pk on public.member_stats (member_id);

grant select on public.member_stats to anon;
grant select on public.member_stats to authenticated;
