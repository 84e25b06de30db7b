create table public.customers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  billing_email text not null,
  vat_number text
);
alter table public.customers enable row level security;
create policy "customers own row" on public.customers
  for all using (user_id = auth.uid()) with check (user_id = auth.uid());

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id),
  number text not null unique,
  total_cents integer not null,
  pdf_path text
);
-- TODO: policies once auth is wired up
alter table public.invoices disable row level security;
