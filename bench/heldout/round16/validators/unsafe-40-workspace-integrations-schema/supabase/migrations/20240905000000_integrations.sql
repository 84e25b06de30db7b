create schema if not exists private;

create table private.integration_keys (
  workspace_id uuid primary key,
  provider text not null,
  api_key text not null,
  created_at timestamptz default now()
);

grant usage on schema private to anon, authenticated;
grant select on private.integration_keys to anon, authenticated;
