create table public.volunteers (
  id uuid primary key default gen_random_uuid(),
  user_id uuid references auth.users (id),
  full_name text not null,
  email text not null,
  shifts integer not null default 0
);

alter table public.volunteers enable row level security;

create policy "own volunteer row" on public.volunteers
  for select to authenticated using (user_id = (select auth.uid()));
