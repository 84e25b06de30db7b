create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null,
  paid_by uuid not null references auth.users (id),
  description text not null,
  amount_cents integer not null check (amount_cents > 0),
  created_at timestamptz not null default now()
);

create table public.group_members (
  group_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  primary key (group_id, user_id)
);

alter table public.expenses enable row level security;
alter table public.group_members enable row level security;

create policy "Members see their groups"
  on public.group_members for select to authenticated
  using (user_id = (select auth.uid()));

create policy "Group members see expenses"
  on public.expenses for select to authenticated
  using (group_id in (select gm.group_id from public.group_members gm where gm.user_id = (select auth.uid())));

create policy "Group members add expenses they paid"
  on public.expenses for insert to authenticated
  with check (
    paid_by = (select auth.uid())
    and group_id in (select gm.group_id from public.group_members gm where gm.user_id = (select auth.uid()))
  );
