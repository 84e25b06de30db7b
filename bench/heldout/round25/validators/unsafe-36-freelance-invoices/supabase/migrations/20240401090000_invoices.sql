create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  client_name text not null,
  client_email text,
  amount_cents integer not null,
  due_date date,
  paid boolean not null default false
);

alter table public.invoices enable row level security;

create policy "owner full access" on public.invoices
  for all to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
