create schema if not exists private;
revoke all on schema private from anon, authenticated;

create table private.audit_log (
  id bigint generated always as identity primary key,
  actor uuid,
  action text not null,
  target_table text not null,
  target_id text,
  at timestamptz not null default now()
);

revoke all on all tables in schema private from anon, authenticated;

create or replace function private.log_change()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  insert into private.audit_log (actor, action, target_table, target_id)
  values (auth.uid(), tg_op, tg_table_name, coalesce(new.id, old.id)::text);
  return coalesce(new, old);
end;
$$;

create trigger audit_invoices
after insert or update or delete on public.invoices
for each row execute function private.log_change();
