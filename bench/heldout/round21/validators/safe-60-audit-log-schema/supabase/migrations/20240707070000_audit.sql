create schema if not exists private;

revoke all on schema private from anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  payload jsonb,
  at timestamptz not null default now()
);

revoke all on private.audit_log from anon, authenticated;

create function private.log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (actor, action, payload)
  values (auth.uid(), tg_op || ':' || tg_table_name, to_jsonb(new));
  return new;
end;
$$;
