alter table public.invoices add column if not exists due_date date;
create index if not exists invoices_user_due_idx on public.invoices (user_id, due_date);
