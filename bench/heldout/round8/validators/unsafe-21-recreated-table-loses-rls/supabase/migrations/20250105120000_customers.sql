create table public.customers (
  id uuid primary key default gen_random_uuid(),
  account_id uuid not null references auth.users (id),
  name text not null,
  email text not null
);

alter table public.customers enable row level security;

create policy "account members read customers" on public.customers
  for select using (auth.uid() = account_id);
