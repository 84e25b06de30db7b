create table public.groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null references auth.users (id),
  created_at timestamptz default now()
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references public.groups (id) on delete cascade,
  paid_by uuid not null references auth.users (id),
  amount_cents integer not null,
  description text not null,
  spent_on date not null default current_date
);

create index expenses_group_idx on public.expenses (group_id);
