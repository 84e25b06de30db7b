alter table public.expenses
  add column if not exists category text not null default 'other';

alter table public.expenses
  add constraint expenses_category_check
  check (category in ('food', 'travel', 'housing', 'fun', 'other'));

create index if not exists expenses_group_spent_idx
  on public.expenses (group_id, spent_on desc);

comment on column public.expenses.category is 'Expense bucket shown in the split summary';

create or replace view public.expense_totals
with (security_invoker = true) as
  select group_id, category, sum(amount) as total
  from public.expenses
  group by group_id, category;
