create extension if not exists "pgcrypto";

grant usage on schema public to anon, authenticated;

alter default privileges in schema public grant all on tables to anon;
alter default privileges in schema public grant all on sequences to anon;
alter default privileges in schema public grant all on functions to anon;

create table public.workspaces (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  stripe_customer_id text,
  created_at timestamptz default now()
);

create table public.workspace_invites (
  token text primary key default encode(gen_random_bytes(24), 'hex'),
  workspace_id uuid references public.workspaces (id) on delete cascade,
  email text not null,
  role text not null default 'member'
);
