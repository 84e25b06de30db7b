create table public.donors (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users(id),
  full_name text not null,
  email text not null,
  address text
);

alter table public.donors enable row level security;

create policy "donors read own" on public.donors for select using (auth.uid() = user_id);

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  donor_id uuid not null references public.donors(id),
  amount_cents integer not null check (amount_cents > 0),
  card_last4 char(4),
  stripe_payment_intent text unique,
  created_at timestamptz default now()
);

create index payments_donor_idx on public.payments (donor_id);
