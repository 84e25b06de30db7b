create schema if not exists private;

revoke all on schema private from public, anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  row_id uuid,
  action text not null,
  actor uuid,
  at timestamptz not null default now()
);

revoke all on private.audit_log from public, anon, authenticated;

create function private.log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (table_name, row_id, action, actor)
  values (tg_table_name, coalesce(new.id, old.id), tg_op, auth.uid());
  return coalesce(new, old);
end;
$$;
