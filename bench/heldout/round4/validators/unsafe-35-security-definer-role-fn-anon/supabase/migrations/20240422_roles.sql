alter table public.profiles add column if not exists role text not null default 'member'
  check (role in ('member', 'editor', 'admin'));

create or replace function public.set_user_role(target_user uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.profiles set role = new_role where id = target_user;
end;
$$;

grant execute on function public.set_user_role(uuid, text) to anon, authenticated;
