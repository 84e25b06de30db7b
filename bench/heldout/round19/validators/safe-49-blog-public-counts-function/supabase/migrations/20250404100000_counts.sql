create or replace function public.published_post_count()
returns bigint
language sql
security definer
stable
set search_path = ''
as $$
  select count(*) from public.posts where published = true;
$$;

revoke execute on function public.published_post_count() from public;
grant execute on function public.published_post_count() to anon, authenticated;
