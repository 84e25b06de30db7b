create or replace function public.published_feed(p_limit integer default 20)
returns table (id uuid, title text, excerpt text, published_at timestamptz)
language sql
stable
security invoker
set search_path = public
as $$
  select p.id, p.title, left(p.body, 200), p.published_at
  from public.posts p
  where p.published
  order by p.published_at desc
  limit least(p_limit, 100);
$$;

revoke all on function public.published_feed(integer) from public;
grant execute on function public.published_feed(integer) to anon, authenticated;
