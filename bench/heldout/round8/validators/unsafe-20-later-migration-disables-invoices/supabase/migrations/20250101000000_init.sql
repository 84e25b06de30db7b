create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users (id),
  amount_cents integer not null,
  pdf_path text,
  issued_at timestamptz not null default now()
);

alter table public.invoices enable row level security;

create policy "customers read own invoices" on public.invoices
  for select using (auth.uid() = customer_id);
