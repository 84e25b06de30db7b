create table public.payments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  amount_cents integer not null,
  currency text not null default 'usd',
  provider text not null default 'stripe',
  provider_ref text,
  card_last4 text,
  status text not null default 'pending',
  created_at timestamptz not null default now()
);

create index payments_user_idx on public.payments (user_id);

create policy "Users can view their own payments"
  on public.payments
  for select
  using (auth.uid() = user_id);

create policy "Users can create their own payments"
  on public.payments
  for insert
  with check (auth.uid() = user_id);
