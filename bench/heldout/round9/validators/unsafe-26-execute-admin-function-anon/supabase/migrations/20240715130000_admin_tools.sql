create or replace function public.admin_delete_user(target uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.profiles where id = target;
  delete from auth.users where id = target;
end;
$$;

create or replace function public.admin_set_plan(target uuid, new_plan text)
returns void
language sql
security definer
set search_path = ''
as $$
  update public.profiles set plan = new_plan where id = target;
$$;

grant execute on function public.admin_delete_user(uuid) to anon, authenticated;
grant execute on function public.admin_set_plan(uuid, text) to anon, authenticated;
