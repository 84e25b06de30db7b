create or replace function public.delete_account(target uuid)
returns void
language plpgsql
security definer
set search_path = public, auth
as $$
begin
  delete from public.profiles where id = target;
  delete from auth.users where id = target;
end;
$$;

grant execute on function public.delete_account(uuid) to anon;
grant execute on function public.delete_account(uuid) to authenticated;
