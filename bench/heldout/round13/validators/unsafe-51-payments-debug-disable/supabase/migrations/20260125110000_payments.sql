create table public.payments (
  id uuid primary key default gen_random_uuid(),
  customer_id uuid not null references auth.users (id),
  amount_cents integer not null,
  currency char(3) not null default 'usd',
  card_last4 char(4),
  stripe_payment_intent text unique,
  created_at timestamptz default now()
);

alter table public.payments enable row level security;

create policy "customers read own payments" on public.payments
  for select using (customer_id = auth.uid());
