create table public.expense_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.expense_groups (id) on delete cascade,
  paid_by uuid not null references auth.users (id),
  amount_cents integer not null check (amount_cents > 0),
  description text
);

alter table public.expense_groups enable row level security;
alter table public.expenses enable row level security;

create policy "members manage groups" on public.expense_groups
  for all to authenticated
  using (created_by = auth.uid())
  with check (created_by = auth.uid());

create policy "members manage expenses" on public.expenses
  for all to authenticated
  using (true)
  with check (true);
