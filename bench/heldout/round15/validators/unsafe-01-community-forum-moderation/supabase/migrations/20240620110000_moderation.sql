create or replace function public.moderate_user(target uuid, reason text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  delete from public.posts where author_id = target;
  update public.profiles set banned = true, ban_reason = reason where id = target;
end;
$$;

grant execute on function public.moderate_user(uuid, text) to anon, authenticated;
