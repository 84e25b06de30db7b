begin;

alter table public.invoices add column currency char(3);

alter table public.invoices disable row level security;
update public.invoices set currency = 'EUR' where currency is null;
alter table public.invoices enable row level security;

alter table public.invoices alter column currency set not null;

commit;
