create schema if not exists private;

revoke all on schema private from anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  entity text not null,
  entity_id text,
  at timestamptz not null default now()
);

revoke all on private.audit_log from anon, authenticated;

create or replace function private.log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (actor, action, entity, entity_id)
  values (auth.uid(), tg_op, tg_table_name, coalesce(new.id, old.id)::text);
  return coalesce(new, old);
end;
$$;
