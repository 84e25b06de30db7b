create or replace function public.set_user_role(target uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.profiles set role = new_role where id = target;
end;
$$;

grant execute on function public.set_user_role(uuid, text) to anon, authenticated;
