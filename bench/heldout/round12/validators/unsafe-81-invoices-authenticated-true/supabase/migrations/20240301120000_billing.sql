create table public.customers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  name text not null,
  email text,
  created_at timestamptz default now()
);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id) on delete cascade,
  user_id uuid not null references auth.users (id),
  number text not null,
  amount numeric(12, 2) not null,
  status text not null default 'draft',
  issued_at date default current_date
);

alter table public.customers enable row level security;
alter table public.invoices enable row level security;

create policy "customers owner" on public.customers
  for all to authenticated
  using (user_id = auth.uid())
  with check (user_id = auth.uid());

create policy "Authenticated users can view invoices" on public.invoices
  for select to authenticated
  using (true);

create policy "Authenticated users can manage invoices" on public.invoices
  for update to authenticated
  using (true);
