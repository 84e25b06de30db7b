create type public.application_status as enum ('wishlist', 'applied', 'interview', 'offer', 'rejected');

create table public.applications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  company text not null,
  role_title text not null,
  salary_expectation integer,
  status public.application_status not null default 'wishlist',
  notes text,
  applied_on date,
  created_at timestamptz not null default now()
);

alter table public.applications enable row level security;

create policy "Signed in users can view applications"
  on public.applications for select
  using (auth.role() = 'authenticated');

create policy "Signed in users can add applications"
  on public.applications for insert
  with check (auth.uid() = user_id);

create policy "Signed in users can update applications"
  on public.applications for update
  using (auth.role() = 'authenticated');

create policy "Users delete their applications"
  on public.applications for delete
  using (auth.uid() = user_id);
