create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) default auth.uid(),
  client_name text not null,
  amount_cents integer not null,
  issued_on date default current_date
);

alter table public.invoices enable row level security;

create policy "owner can manage invoices" on public.invoices
  for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());
