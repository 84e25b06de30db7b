create table public.budgets (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  month date not null,
  limit_cents integer not null
);

alter table public.budgets enable row level security;

create policy "own budgets" on public.budgets for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
