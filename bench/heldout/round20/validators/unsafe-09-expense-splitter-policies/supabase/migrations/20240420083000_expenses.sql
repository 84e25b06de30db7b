create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.groups (id) on delete cascade,
  paid_by uuid not null references auth.users (id),
  amount_cents integer not null check (amount_cents > 0),
  description text not null,
  spent_on date not null default current_date
);

alter table public.expenses enable row level security;

create policy "Authenticated users can read expenses" on public.expenses
  for select using (auth.role() = 'authenticated');

create policy "Authenticated users can add expenses" on public.expenses
  for insert with check (auth.role() = 'authenticated');

create policy "Authenticated users can update expenses" on public.expenses
  for update using (auth.role() = 'authenticated');
