create table public.customers (
  id uuid primary key references auth.users(id) on delete cascade,
  name text,
  created_at timestamptz default now()
);
alter table public.customers enable row level security;
create policy "customers self" on public.customers for all using (auth.uid() = id) with check (auth.uid() = id);
