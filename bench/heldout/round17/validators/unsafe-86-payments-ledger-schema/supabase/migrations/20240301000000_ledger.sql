create table public.payments (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  amount_cents integer not null,
  card_last4 text,
  created_at timestamptz default now()
);
alter table public.payments enable row level security;
create policy "own payments" on public.payments for select using (user_id = auth.uid());
