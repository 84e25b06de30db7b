create table public.clients (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null
);
alter table public.clients enable row level security;
create policy "own clients" on public.clients for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());
