create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null,
  paid_by uuid not null references auth.users(id),
  amount numeric(10,2) not null,
  description text,
  created_at timestamptz default now()
);

alter table public.expenses enable row level security;

create policy "expenses_visible_to_payer" on public.expenses
  for select using (paid_by = auth.uid());
