create table public.volunteer_signups (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  shift text not null,
  created_at timestamptz default now()
);
alter table public.volunteer_signups enable row level security;
create policy "own signups" on public.volunteer_signups for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
