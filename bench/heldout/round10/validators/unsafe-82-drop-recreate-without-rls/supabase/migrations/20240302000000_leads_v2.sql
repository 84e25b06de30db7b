-- v2: leads get phone, company and a pipeline stage.
-- Easier to recreate than to migrate (no production data yet).
drop table if exists public.leads cascade;

create table public.leads (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  email text not null,
  phone text,
  company text,
  stage text not null default 'new'
    check (stage in ('new', 'contacted', 'qualified', 'won', 'lost')),
  value_cents integer not null default 0,
  created_at timestamptz not null default now()
);

create index leads_owner_idx on public.leads (owner_id);
create index leads_stage_idx on public.leads (stage);
