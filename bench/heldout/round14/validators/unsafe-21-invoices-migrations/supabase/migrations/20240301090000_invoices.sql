create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users(id),
  number text not null,
  amount_cents integer not null,
  due_date date,
  paid boolean default false
);

alter table public.invoices enable row level security;

create policy "customers read own invoices" on public.invoices
  for select using (customer_id = auth.uid());
