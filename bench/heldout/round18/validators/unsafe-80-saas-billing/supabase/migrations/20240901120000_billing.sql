create table public.customers (
  id uuid primary key references auth.users (id) on delete cascade,
  stripe_customer_id text unique
);
alter table public.customers enable row level security;
create policy "own customer row" on public.customers for select using (auth.uid() = id);

create table public.subscriptions (
  id text primary key,
  user_id uuid not null references auth.users (id),
  status text not null,
  current_period_end timestamptz
);
alter table public.subscriptions enable row level security;
create policy "own subscriptions" on public.subscriptions for select using (auth.uid() = user_id);

create table public.payments (
  id text primary key,
  user_id uuid not null references auth.users (id),
  amount_cents integer not null,
  currency text not null default 'usd',
  card_brand text,
  card_last4 text,
  created_at timestamptz default now()
);

grant select on public.payments to authenticated;
