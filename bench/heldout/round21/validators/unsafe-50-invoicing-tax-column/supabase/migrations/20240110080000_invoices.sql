create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  client text not null,
  amount_cents integer not null,
  due_on date
);

alter table public.invoices enable row level security;

create policy "invoices owner select" on public.invoices for select using (owner_id = auth.uid());
create policy "invoices owner write" on public.invoices for insert with check (owner_id = auth.uid());
create policy "invoices owner update" on public.invoices for update using (owner_id = auth.uid());
