create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  client_id uuid not null references public.clients (id) on delete cascade,
  amount numeric(12, 2) not null,
  iban text,
  due_on date
);

create index invoices_owner_idx on public.invoices (owner_id);
