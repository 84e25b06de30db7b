create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  author_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  body text not null,
  published boolean not null default false
);

alter table public.recipes enable row level security;

create policy "published recipes are public" on public.recipes
  for select to anon, authenticated using (published or (select auth.uid()) = author_id);
create policy "authors write" on public.recipes
  for all to authenticated
  using ((select auth.uid()) = author_id) with check ((select auth.uid()) = author_id);

revoke all on public.recipes from anon;
grant select on public.recipes to anon;
grant select, insert, update, delete on public.recipes to authenticated;
