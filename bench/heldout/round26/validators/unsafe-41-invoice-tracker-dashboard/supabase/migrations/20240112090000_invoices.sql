create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  client_name text not null,
  client_email text,
  amount_cents integer not null,
  currency text not null default 'usd',
  status text not null default 'draft',
  issued_on date not null default current_date
);

alter table public.invoices enable row level security;

create policy "Owners manage invoices"
  on public.invoices for all
  using (auth.uid() = owner_id)
  with check (auth.uid() = owner_id);
