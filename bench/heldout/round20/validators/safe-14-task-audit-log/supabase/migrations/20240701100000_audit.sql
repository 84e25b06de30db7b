create schema if not exists private;
revoke all on schema private from public, anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  target text,
  at timestamptz not null default now()
);

revoke all on private.audit_log from public, anon, authenticated;

create or replace function private.log_task_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (actor, action, target) values (auth.uid(), tg_op, new.id::text);
  return new;
end;
$$;
