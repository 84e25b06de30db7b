create schema if not exists private;

revoke all on schema private from public, anon, authenticated;

create table private.webhook_events (
  id text primary key,
  type text not null,
  payload jsonb not null,
  received_at timestamptz not null default now()
);

comment on table private.webhook_events is
  'Written by the Stripe webhook with the service role only; not exposed through the Data API.';
