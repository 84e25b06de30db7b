create table public.invoices (
  id bigserial primary key,
  customer_id uuid not null references public.customers(id),
  number text not null unique,
  amount_cents integer not null,
  status text not null default 'draft',
  due_on date,
  pdf_url text,
  created_at timestamptz default now()
);

alter table public.invoices enable row level security;

grant select, insert, update, delete on public.invoices to anon;
grant usage, select on sequence public.invoices_id_seq to anon;

-- the invoice portal is opened from an emailed link without login
create policy "Invoice portal access"
  on public.invoices
  for all
  to anon
  using (true)
  with check (true);
