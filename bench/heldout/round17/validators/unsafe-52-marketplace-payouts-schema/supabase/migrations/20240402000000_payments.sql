create table public.payouts (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null references auth.users (id),
  iban text not null,
  amount_cents integer not null,
  paid_at timestamptz
);

grant select, insert, update, delete on public.payouts to anon;
grant select, insert, update, delete on public.payouts to authenticated;
