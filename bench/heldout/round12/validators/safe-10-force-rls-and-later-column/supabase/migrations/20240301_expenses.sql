create table public.groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  owner_id uuid not null default auth.uid() references auth.users (id)
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.groups (id) on delete cascade,
  paid_by uuid not null default auth.uid() references auth.users (id),
  amount numeric(10, 2) not null check (amount > 0),
  description text not null,
  spent_on date not null default current_date
);

alter table public.groups enable row level security;
alter table public.groups force row level security;
alter table public.expenses enable row level security;
alter table public.expenses force row level security;

create policy "group owner" on public.groups
  for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());

create policy "expenses in my groups" on public.expenses
  for all using (exists (select 1 from public.groups g where g.id = group_id and g.owner_id = auth.uid()))
  with check (exists (select 1 from public.groups g where g.id = group_id and g.owner_id = auth.uid()));
