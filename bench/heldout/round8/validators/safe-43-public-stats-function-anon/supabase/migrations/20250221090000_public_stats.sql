create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id),
  title text not null,
  published boolean not null default false
);
alter table public.recipes enable row level security;
create policy "published recipes readable" on public.recipes
  for select using (published);

create or replace function public.get_public_stats()
returns table (recipe_count bigint, author_count bigint)
language sql
stable
security invoker
set search_path = public
as $$
  select count(*), count(distinct author_id) from public.recipes where published;
$$;

revoke execute on function public.get_public_stats() from public;
grant execute on function public.get_public_stats() to anon, authenticated;
