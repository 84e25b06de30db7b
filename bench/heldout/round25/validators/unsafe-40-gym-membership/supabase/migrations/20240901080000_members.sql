create table public.members (
  id uuid primary key references auth.users (id) on delete cascade,
  full_name text not null,
  phone text,
  date_of_birth date,
  plan text not null default 'basic',
  stripe_customer_id text,
  emergency_contact text
);

create policy "members read self" on public.members
  for select to authenticated
  using (id = auth.uid());

create policy "members update self" on public.members
  for update to authenticated
  using (id = auth.uid())
  with check (id = auth.uid());
