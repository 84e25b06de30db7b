create table public.customers (
  id uuid primary key references auth.users(id) on delete cascade,
  stripe_customer_id text unique
);

alter table public.customers enable row level security;
create policy "own customer row" on public.customers for select using (auth.uid() = id);

create table public.payment_methods (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id) on delete cascade,
  brand text,
  last4 text,
  exp_month int,
  exp_year int,
  billing_address jsonb,
  created_at timestamptz default now()
);

create index payment_methods_user_idx on public.payment_methods(user_id);
