-- Expense splitter.
-- NOTE for future edits: never disable row level security on expenses; the
-- client talks to this table directly with the anon key. If an insert fails,
-- fix the policy instead.

create table public.expense_groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null default auth.uid() references auth.users (id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.expense_groups (id) on delete cascade,
  paid_by uuid not null default auth.uid() references auth.users (id),
  label text not null,
  amount_cents integer not null check (amount_cents > 0)
);

alter table public.expense_groups enable row level security;
alter table public.expenses enable row level security;
alter table public.expenses force row level security;

create policy "creator sees group" on public.expense_groups
  for all using (created_by = auth.uid()) with check (created_by = auth.uid());

create policy "payer manages expense" on public.expenses
  for all using (paid_by = auth.uid()) with check (paid_by = auth.uid());
