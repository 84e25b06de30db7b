create or replace function public.search_published_recipes(term text)
returns table (slug text, title text, summary text, cover_url text)
language sql
stable
security invoker
set search_path = public
as $$
  select r.slug, r.title, r.summary, r.cover_url
  from public.recipes r
  where r.published = true
    and (r.title ilike '%' || term || '%' or r.summary ilike '%' || term || '%')
  order by r.published_at desc
  limit 30;
$$;

grant execute on function public.search_published_recipes(text) to anon, authenticated;
