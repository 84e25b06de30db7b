create or replace function public.set_user_role(p_user uuid, p_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.profiles set role = p_role where id = p_user;
end;
$$;

grant execute on function public.set_user_role(uuid, text) to anon, authenticated;
