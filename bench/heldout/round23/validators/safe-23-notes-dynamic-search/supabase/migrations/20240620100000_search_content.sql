create or replace function public.search_my_content(kind text, term text)
returns table (id uuid, title text, updated_at timestamptz)
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if kind not in ('notes', 'bookmarks', 'snippets') then
    raise exception 'unknown kind %', kind;
  end if;

  return query execute format(
    'select id, title, updated_at from public.%I where owner_id = $1 and title ilike $2 order by updated_at desc limit 50',
    kind
  )
  using auth.uid(), '%' || term || '%';
end;
$$;

revoke execute on function public.search_my_content(text, text) from public, anon;
grant execute on function public.search_my_content(text, text) to authenticated;
