create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  name text not null,
  target_per_week smallint not null default 7,
  created_at timestamptz not null default now()
);

alter table public.habits enable row level security;

create policy "habits_select_own" on public.habits for select to authenticated
  using ((select auth.uid()) = user_id);
create policy "habits_insert_own" on public.habits for insert to authenticated
  with check ((select auth.uid()) = user_id);
create policy "habits_update_own" on public.habits for update to authenticated
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "habits_delete_own" on public.habits for delete to authenticated
  using ((select auth.uid()) = user_id);
