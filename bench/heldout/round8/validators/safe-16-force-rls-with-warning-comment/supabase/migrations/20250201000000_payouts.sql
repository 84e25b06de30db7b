create table public.payouts (
  id uuid primary key default gen_random_uuid(),
  creator_id uuid not null references auth.users (id),
  amount_cents integer not null,
  paid_at timestamptz
);

alter table public.payouts enable row level security;

create policy "creators read own payouts" on public.payouts
  for select to authenticated using (auth.uid() = creator_id);
