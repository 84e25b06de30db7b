create table public.clients (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  name text not null,
  email text
);

create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  client_id uuid not null references public.clients (id),
  number text not null,
  total_cents integer not null default 0,
  due_on date
);

create table public.invoice_items (
  id bigint generated always as identity primary key,
  invoice_id uuid not null references public.invoices (id) on delete cascade,
  description text not null,
  amount_cents integer not null
);

alter table public.clients enable row level security;
alter table public.invoice_items enable row level security;

create policy "own clients" on public.clients for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "own invoice items" on public.invoice_items for all to authenticated
  using (exists (select 1 from public.invoices i where i.id = invoice_id and i.owner_id = auth.uid()))
  with check (exists (select 1 from public.invoices i where i.id = invoice_id and i.owner_id = auth.uid()));
