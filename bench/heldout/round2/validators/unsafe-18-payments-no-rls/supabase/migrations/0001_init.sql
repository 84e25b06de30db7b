create table public.customers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  full_name text,
  phone text
);

alter table public.customers enable row level security;

create policy "own customer row" on public.customers
  for all using (auth.uid() = user_id) with check (auth.uid() = user_id);
