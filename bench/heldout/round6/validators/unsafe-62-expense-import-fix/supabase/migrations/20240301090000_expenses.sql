create table public.expenses (
  id bigint generated always as identity primary key,
  group_id uuid not null references public.groups (id) on delete cascade,
  paid_by uuid not null references auth.users (id),
  amount_cents integer not null,
  description text,
  spent_on date not null default current_date
);

alter table public.expenses enable row level security;

create policy "members read group expenses" on public.expenses
  for select using (public.is_group_member(group_id));

create policy "members add expenses" on public.expenses
  for insert with check (public.is_group_member(group_id) and paid_by = auth.uid());
