create table public.bank_accounts (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  institution text not null,
  iban text not null,
  balance_cents bigint not null default 0,
  created_at timestamptz default now()
);

create index bank_accounts_user_idx on public.bank_accounts (user_id);
