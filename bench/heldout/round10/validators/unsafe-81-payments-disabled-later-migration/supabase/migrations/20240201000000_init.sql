create table public.customers (
  id uuid primary key references auth.users (id) on delete cascade,
  email text not null,
  stripe_customer_id text
);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references public.customers (id),
  amount_cents integer not null,
  currency text not null default 'eur',
  card_last4 text,
  created_at timestamptz not null default now()
);

alter table public.customers enable row level security;
alter table public.payments enable row level security;

create policy "own customer row" on public.customers
  for select using (auth.uid() = id);

create policy "own payments" on public.payments
  for select using (auth.uid() = customer_id);
