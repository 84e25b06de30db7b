create schema if not exists private;

revoke all on schema private from public;
revoke all on schema private from anon, authenticated;

create table private.email_jobs (
  id bigint generated always as identity primary key,
  to_address text not null,
  template text not null,
  payload jsonb not null default '{}'::jsonb,
  attempts int not null default 0,
  run_after timestamptz not null default now(),
  finished_at timestamptz
);

revoke all on all tables in schema private from anon, authenticated;

create index email_jobs_pending_idx
  on private.email_jobs (run_after)
  where finished_at is null;

create or replace function private.enqueue_email(p_to text, p_template text, p_payload jsonb)
returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.email_jobs (to_address, template, payload) values (p_to, p_template, p_payload);
$$;

revoke execute on function private.enqueue_email(text, text, jsonb) from public, anon, authenticated;
