create table public.customers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  company text,
  vat_number text,
  stripe_customer_id text unique
);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id),
  number text not null unique,
  amount_cents integer not null,
  currency char(3) not null default 'EUR',
  issued_at date not null default current_date,
  pdf_url text
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  invoice_id uuid not null references public.invoices (id),
  amount_cents integer not null,
  card_last4 char(4),
  paid_at timestamptz default now()
);

create index invoices_customer_idx on public.invoices (customer_id);
create index payments_invoice_idx on public.payments (invoice_id);
