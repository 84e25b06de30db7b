create schema if not exists private;

revoke all on schema private from anon, authenticated;

create table private.email_jobs (
  id bigint generated always as identity primary key,
  recipient text not null,
  template text not null,
  payload jsonb not null default '{}',
  attempts integer not null default 0,
  run_after timestamptz not null default now(),
  locked_at timestamptz
);

revoke all on all tables in schema private from anon, authenticated;

create index email_jobs_run_after_idx on private.email_jobs (run_after) where locked_at is null;
