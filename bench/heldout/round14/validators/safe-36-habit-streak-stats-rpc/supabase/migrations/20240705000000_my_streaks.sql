create or replace function public.my_streak_stats()
returns table (habit_id uuid, current_streak int)
language sql
stable
security definer
set search_path = ''
as $$
  select c.habit_id, count(*)::int
  from public.habit_checkins c
  where c.user_id = (select auth.uid())
    and c.checked_on > current_date - 30
  group by c.habit_id;
$$;

revoke execute on function public.my_streak_stats() from public, anon;
grant execute on function public.my_streak_stats() to authenticated;
