create view public.my_habit_stats
with (security_invoker = true)
as
select
  h.user_id,
  h.id as habit_id,
  h.name,
  count(c.id) filter (where c.checked_on > current_date - 7) as last_7_days,
  max(c.checked_on) as last_checkin
from public.habits h
left join public.habit_checkins c on c.habit_id = h.id
group by h.user_id, h.id, h.name;

revoke all on public.my_habit_stats from anon;
grant select on public.my_habit_stats to authenticated;

revoke execute on function public.reset_all_streaks() from anon, authenticated, public;
