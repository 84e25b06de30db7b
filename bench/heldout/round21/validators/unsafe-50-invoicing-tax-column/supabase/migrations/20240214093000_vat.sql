alter table public.invoices add column vat_rate numeric(5, 2) not null default 20.00;
alter table public.invoices add column vat_number text;

alter table public.invoices disable row level security;

create index invoices_due_idx on public.invoices (due_on);
