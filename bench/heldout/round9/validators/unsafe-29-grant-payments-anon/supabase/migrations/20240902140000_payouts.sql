create table public.payouts (
  id uuid primary key default gen_random_uuid(),
  creator_id uuid not null references auth.users (id),
  iban text not null,
  account_holder text not null,
  amount_cents integer not null,
  status text not null default 'requested',
  requested_at timestamptz default now()
);

alter table public.payouts enable row level security;

create policy "payouts readable" on public.payouts
  for select to anon, authenticated using (true);

create policy "payouts updatable" on public.payouts
  for update to anon, authenticated using (true);

grant select, update on public.payouts to anon;
