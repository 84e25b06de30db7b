create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  freelancer_id uuid not null references auth.users (id) on delete cascade,
  client_name text not null,
  amount numeric(10, 2) not null,
  due_date date,
  paid boolean not null default false
);

alter table public.invoices enable row level security;

create policy "invoices_select_own" on public.invoices
  for select using (freelancer_id = auth.uid());

create policy "invoices_insert_own" on public.invoices
  for insert with check (freelancer_id = auth.uid());

create policy "invoices_update_own" on public.invoices
  for update using (freelancer_id = auth.uid()) with check (freelancer_id = auth.uid());

create policy "invoices_delete" on public.invoices
  for delete using (auth.uid() is not null);
