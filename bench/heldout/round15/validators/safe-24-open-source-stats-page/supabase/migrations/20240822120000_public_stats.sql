create or replace function public.get_public_stats()
returns table (published_projects bigint, total_stars bigint)
language sql
stable
security definer
set search_path = ''
as $$
  select count(*)::bigint, coalesce(sum(p.stars), 0)::bigint
  from public.projects p
  where p.is_published;
$$;

revoke all on function public.get_public_stats() from public;
grant execute on function public.get_public_stats() to anon, authenticated;
