create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null,
  paid_by uuid not null references auth.users (id),
  amount_cents integer not null check (amount_cents > 0),
  note text,
  created_at timestamptz default now()
);

alter table public.expenses enable row level security;

create policy "members read expenses" on public.expenses
  for select to authenticated
  using (exists (
    select 1 from public.group_members gm
    where gm.group_id = expenses.group_id and gm.user_id = auth.uid()
  ));
