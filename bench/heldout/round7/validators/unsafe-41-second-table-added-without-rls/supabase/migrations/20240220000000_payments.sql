create table public.payments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles(id),
  amount_cents integer not null,
  currency text not null default 'eur',
  card_last4 text,
  stripe_payment_intent text unique,
  created_at timestamptz default now()
);

create index on public.payments (user_id);

grant select on public.payments to authenticated;
