create table public.expense_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.group_members (
  group_id uuid references public.expense_groups(id) on delete cascade,
  user_id uuid references auth.users(id) on delete cascade,
  primary key (group_id, user_id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.expense_groups(id) on delete cascade,
  paid_by uuid not null references auth.users(id),
  amount_cents integer not null,
  settled boolean not null default false
);

alter table public.expense_groups enable row level security;
alter table public.group_members enable row level security;
alter table public.expenses enable row level security;

create function public.is_group_member(gid uuid)
returns boolean
language sql
security definer
set search_path = ''
stable
as $$
  select exists (
    select 1 from public.group_members m
    where m.group_id = gid and m.user_id = auth.uid()
  );
$$;

create policy "members read groups" on public.expense_groups
  for select using (public.is_group_member(id));
create policy "members read membership" on public.group_members
  for select using (public.is_group_member(group_id));
create policy "members read expenses" on public.expenses
  for select using (public.is_group_member(group_id));
create policy "members add expenses they paid" on public.expenses
  for insert with check (public.is_group_member(group_id) and paid_by = auth.uid());
create policy "members settle expenses" on public.expenses
  for update using (public.is_group_member(group_id))
  with check (public.is_group_member(group_id));
