create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id) on delete cascade,
  name text not null,
  color text default '#22c55e',
  created_at timestamptz default now()
);

create table public.habit_checkins (
  habit_id uuid references public.habits(id) on delete cascade,
  user_id uuid not null default auth.uid() references auth.users(id) on delete cascade,
  day date not null,
  primary key (habit_id, day)
);

alter table public.habits enable row level security;
alter table public.habit_checkins enable row level security;

create policy "habits_select_own" on public.habits for select using ((select auth.uid()) = user_id);
create policy "habits_insert_own" on public.habits for insert with check ((select auth.uid()) = user_id);
create policy "habits_update_own" on public.habits for update
  using ((select auth.uid()) = user_id) with check ((select auth.uid()) = user_id);
create policy "habits_delete_own" on public.habits for delete using ((select auth.uid()) = user_id);

create policy "checkins_own" on public.habit_checkins for all
  using ((select auth.uid()) = user_id)
  with check (
    (select auth.uid()) = user_id
    and exists (select 1 from public.habits h where h.id = habit_id and h.user_id = (select auth.uid()))
  );
