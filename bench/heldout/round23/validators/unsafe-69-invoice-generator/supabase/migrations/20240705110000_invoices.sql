create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  number text not null,
  client_name text not null,
  client_email text,
  total_cents integer not null default 0,
  currency text not null default 'usd',
  status text not null default 'draft' check (status in ('draft', 'sent', 'paid', 'void')),
  issued_on date,
  due_on date,
  unique (owner_id, number)
);

alter table public.invoices enable row level security;

create policy "Owners read invoices" on public.invoices
  for select using (auth.uid() = owner_id);

create policy "Owners create invoices" on public.invoices
  for insert with check (auth.uid() = owner_id);

create policy "Users edit invoices" on public.invoices
  for update using (auth.uid() is not null);

create policy "Users delete invoices" on public.invoices
  for delete using (auth.uid() is not null);
