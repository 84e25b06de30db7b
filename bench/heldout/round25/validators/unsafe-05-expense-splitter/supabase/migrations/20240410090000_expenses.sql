create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null,
  paid_by uuid not null references auth.users (id),
  description text not null,
  amount_cents integer not null,
  created_at timestamptz default now()
);

alter table public.expenses enable row level security;

create policy "payer manages expense" on public.expenses
  for all to authenticated
  using (paid_by = auth.uid())
  with check (paid_by = auth.uid());
