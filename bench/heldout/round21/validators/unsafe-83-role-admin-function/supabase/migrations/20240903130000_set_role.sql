create or replace function public.set_user_role(target uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  if new_role not in ('member', 'editor', 'admin') then
    raise exception 'invalid role';
  end if;
  update public.profiles set role = new_role where id = target;
end;
$$;

grant execute on function public.set_user_role(uuid, text) to anon, authenticated;
