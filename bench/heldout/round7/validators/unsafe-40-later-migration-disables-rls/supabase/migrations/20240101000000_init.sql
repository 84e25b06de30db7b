create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  client_name text not null,
  amount_cents integer not null,
  paid boolean not null default false
);

alter table public.invoices enable row level security;

create policy "owner select" on public.invoices for select using (auth.uid() = user_id);
create policy "owner insert" on public.invoices for insert with check (auth.uid() = user_id);
create policy "owner update" on public.invoices for update using (auth.uid() = user_id);
