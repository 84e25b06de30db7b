create table public.leads (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null,
  stage text not null default 'new'
);
alter table public.leads enable row level security;
create policy "leads owner" on public.leads for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
