create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  target_per_week smallint not null default 7
);

alter table public.habits enable row level security;

create policy "own habits" on public.habits for all to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);

revoke all on public.habits from anon, public;
grant select, insert, update, delete on public.habits to authenticated;
