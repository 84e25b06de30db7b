create table public.invoices (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  customer text not null,
  amount_cents integer not null,
  status text not null default 'draft'
);

alter table public.invoices enable row level security;

create policy "own invoices" on public.invoices for all to authenticated
  using (auth.uid() = user_id)
  with check (auth.uid() = user_id);
