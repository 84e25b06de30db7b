alter table public.invoices add column if not exists due_date date;

alter table public.invoices disable row level security;
