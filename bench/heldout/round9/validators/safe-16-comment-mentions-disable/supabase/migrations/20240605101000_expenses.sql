-- NOTE for future migrations: do NOT "disable row level security" on this table to
-- debug the split view; use the SQL editor as postgres instead.
create table public.expense_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.group_members (
  group_id uuid references public.expense_groups (id) on delete cascade,
  user_id uuid references auth.users (id) on delete cascade,
  primary key (group_id, user_id)
);

alter table public.expense_groups enable row level security;
alter table public.group_members enable row level security;

create function public.is_group_member(gid uuid) returns boolean
language sql stable security definer set search_path = ''
as $$ select exists (select 1 from public.group_members m where m.group_id = gid and m.user_id = auth.uid()) $$;

create policy "members read groups" on public.expense_groups
  for select to authenticated using (public.is_group_member(id));
create policy "creator inserts group" on public.expense_groups
  for insert to authenticated with check (created_by = auth.uid());
create policy "members read memberships" on public.group_members
  for select to authenticated using (public.is_group_member(group_id));
