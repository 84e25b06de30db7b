create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  amount_cents integer not null
);
alter table public.invoices enable row level security;
create policy "owner select" on public.invoices for select using (auth.uid() = user_id);
create policy "owner insert" on public.invoices for insert with check (auth.uid() = user_id);
