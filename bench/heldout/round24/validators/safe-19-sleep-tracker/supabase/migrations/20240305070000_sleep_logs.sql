create table public.sleep_logs (
  id bigint generated always as identity primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  night date not null,
  hours numeric(4, 2) not null,
  quality smallint check (quality between 1 and 5),
  unique (user_id, night)
);

alter table public.sleep_logs enable row level security;

create policy "select own" on public.sleep_logs for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "insert own" on public.sleep_logs for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "update own" on public.sleep_logs for update to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "delete own" on public.sleep_logs for delete to authenticated
  using ((select auth.uid()) = user_id);
