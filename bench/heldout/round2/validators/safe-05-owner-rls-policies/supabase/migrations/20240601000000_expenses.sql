create table public.groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users(id)
);

create table public.group_members (
  group_id uuid references public.groups(id) on delete cascade,
  user_id uuid references auth.users(id) on delete cascade,
  primary key (group_id, user_id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.groups(id) on delete cascade,
  paid_by uuid not null default auth.uid() references auth.users(id),
  amount_cents integer not null check (amount_cents > 0),
  description text not null,
  created_at timestamptz not null default now()
);

alter table public.groups enable row level security;
alter table public.group_members enable row level security;
alter table public.expenses enable row level security;

create or replace function public.is_group_member(gid uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.group_members
    where group_id = gid and user_id = (select auth.uid())
  );
$$;

revoke execute on function public.is_group_member(uuid) from anon;

create policy "members read group" on public.groups for select to authenticated
  using (public.is_group_member(id));
create policy "creator inserts group" on public.groups for insert to authenticated
  with check (created_by = (select auth.uid()));

create policy "members see members" on public.group_members for select to authenticated
  using (public.is_group_member(group_id));

create policy "members read expenses" on public.expenses for select to authenticated
  using (public.is_group_member(group_id));
create policy "members add own expenses" on public.expenses for insert to authenticated
  with check (paid_by = (select auth.uid()) and public.is_group_member(group_id));
create policy "payer edits expense" on public.expenses for update to authenticated
  using (paid_by = (select auth.uid())) with check (paid_by = (select auth.uid()) and public.is_group_member(group_id));
create policy "payer deletes expense" on public.expenses for delete to authenticated
  using (paid_by = (select auth.uid()));
