alter table public.expenses add column currency char(3);

update public.expenses set currency = 'EUR' where currency is null;

alter table public.expenses alter column currency set not null;
alter table public.expenses alter column currency set default 'EUR';

alter table public.expenses enable row level security;
