create schema if not exists private;

revoke all on schema private from public, anon, authenticated;

-- Idempotency log for Stripe webhook deliveries (written by the service role only)
create table private.stripe_events (
  id text primary key,
  type text not null,
  received_at timestamptz not null default now(),
  payload jsonb not null
);

revoke all on all tables in schema private from public, anon, authenticated;
alter default privileges in schema private revoke all on tables from public, anon, authenticated;
