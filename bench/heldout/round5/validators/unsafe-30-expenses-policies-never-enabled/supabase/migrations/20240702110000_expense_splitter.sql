-- Expense splitter schema
create table public.groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null references auth.users(id),
  created_at timestamptz default now()
);

create table public.group_members (
  group_id uuid references public.groups(id) on delete cascade,
  user_id uuid references auth.users(id) on delete cascade,
  primary key (group_id, user_id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.groups(id) on delete cascade,
  paid_by uuid not null references auth.users(id),
  description text not null,
  amount_cents integer not null check (amount_cents > 0),
  spent_on date not null default current_date
);

create table public.expense_splits (
  expense_id uuid references public.expenses(id) on delete cascade,
  user_id uuid references auth.users(id),
  share_cents integer not null,
  primary key (expense_id, user_id)
);

create policy "Group members can view expenses" on public.expenses
  for select using (
    exists (select 1 from public.group_members gm
            where gm.group_id = expenses.group_id and gm.user_id = auth.uid())
  );

create policy "Group members can add expenses" on public.expenses
  for insert with check (
    paid_by = auth.uid() and exists (select 1 from public.group_members gm
            where gm.group_id = expenses.group_id and gm.user_id = auth.uid())
  );

create policy "Users can view their splits" on public.expense_splits
  for select using (user_id = auth.uid());
