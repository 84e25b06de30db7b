create table public.payouts (
  id uuid primary key default gen_random_uuid(),
  seller_id uuid not null references public.sellers (id),
  iban text not null,
  account_holder text not null,
  amount_cents integer not null,
  status text not null default 'scheduled',
  created_at timestamptz not null default now()
);

create index payouts_seller_idx on public.payouts (seller_id);

create or replace function public.payout_total(s uuid)
returns bigint language sql stable as $$
  select coalesce(sum(amount_cents), 0) from public.payouts where seller_id = s;
$$;

comment on table public.payouts is 'Scheduled transfers to sellers';
comment on column public.payouts.iban is 'Seller bank account';
