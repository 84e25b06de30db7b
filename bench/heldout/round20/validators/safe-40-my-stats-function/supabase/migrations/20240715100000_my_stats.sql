create or replace function public.my_workout_stats()
returns table (sessions bigint, total_minutes bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select count(*), coalesce(sum(w.minutes), 0)
  from public.workouts w
  where w.user_id = (select auth.uid());
$$;

revoke execute on function public.my_workout_stats() from public, anon;
grant execute on function public.my_workout_stats() to authenticated;
