create or replace function public.search_published_recipes(q text)
returns table (id uuid, title text, minutes integer)
language sql
stable
security invoker
set search_path = ''
as $$
  select r.id, r.title, r.minutes
  from public.recipes r
  where r.is_public and r.title ilike '%' || q || '%'
  order by r.title
  limit 50;
$$;

revoke execute on function public.search_published_recipes(text) from public;
grant execute on function public.search_published_recipes(text) to anon, authenticated;
