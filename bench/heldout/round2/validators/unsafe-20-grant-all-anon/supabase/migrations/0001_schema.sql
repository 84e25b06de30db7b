create table public.households (
  id uuid primary key default gen_random_uuid(),
  name text not null
);

create table public.expenses (
  id uuid primary key default gen_random_uuid(),
  household_id uuid references public.households(id) on delete cascade,
  paid_by uuid references auth.users(id),
  amount numeric(10,2) not null,
  note text,
  spent_on date default current_date
);
