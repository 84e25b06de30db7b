create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  client_name text not null,
  client_email text not null,
  amount_cents integer not null,
  status text not null default 'draft'
);

alter table public.invoices enable row level security;

create policy "owners manage invoices" on public.invoices
  for all to authenticated using (owner_id = auth.uid()) with check (owner_id = auth.uid());
