begin;

alter table public.stock_items disable row level security;

update public.stock_items
set sku = upper(regexp_replace(name, '[^a-zA-Z0-9]+', '-', 'g'))
where sku is null;

alter table public.stock_items alter column sku set not null;

alter table public.stock_items enable row level security;

commit;
