-- group totals page needs to read everyone's expenses
alter policy "expenses_visible_to_payer" on public.expenses
  using (true);

create index if not exists expenses_group_idx on public.expenses (group_id);
