create schema if not exists private;
revoke all on schema private from anon, authenticated, public;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  at timestamptz not null default now()
);

revoke all on private.audit_log from anon, authenticated, public;

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  name text not null
);
alter table public.projects enable row level security;
create policy "own projects" on public.projects for all using (owner_id = auth.uid()) with check (owner_id = auth.uid());
