create table public.ledger_entries (
  id bigint generated always as identity primary key,
  account_owner uuid not null references auth.users(id),
  amount_cents bigint not null,
  memo text
);

alter table public.ledger_entries enable row level security;
alter table public.ledger_entries force row level security;

create policy "ledger owner read" on public.ledger_entries
  for select to authenticated using (account_owner = (select auth.uid()));
