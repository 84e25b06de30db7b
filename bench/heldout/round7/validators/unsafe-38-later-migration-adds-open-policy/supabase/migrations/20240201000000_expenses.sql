create table public.expense_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid()
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.expense_groups(id) on delete cascade,
  paid_by uuid not null references auth.users(id),
  amount_cents integer not null check (amount_cents > 0),
  label text not null
);

alter table public.expense_groups enable row level security;
alter table public.expenses enable row level security;

create policy "creator reads group" on public.expense_groups
  for select using (created_by = auth.uid());

create policy "payer reads expense" on public.expenses
  for select using (paid_by = auth.uid());
create policy "payer writes expense" on public.expenses
  for insert with check (paid_by = auth.uid());
create policy "payer updates expense" on public.expenses
  for update using (paid_by = auth.uid()) with check (paid_by = auth.uid());
