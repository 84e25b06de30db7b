create schema if not exists private;

revoke all on schema private from anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor_id uuid,
  action text not null,
  table_name text not null,
  record_id text,
  at timestamptz not null default now()
);

create or replace function private.log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (actor_id, action, table_name, record_id)
  values (auth.uid(), tg_op, tg_table_name, coalesce(new.id, old.id)::text);
  return coalesce(new, old);
end;
$$;

create trigger audit_projects
  after insert or update or delete on public.projects
  for each row execute function private.log_change();
