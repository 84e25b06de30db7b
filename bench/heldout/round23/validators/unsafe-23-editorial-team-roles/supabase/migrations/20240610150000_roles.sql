alter table public.profiles add column if not exists role text not null default 'member'
  check (role in ('member', 'editor', 'owner'));

create or replace function public.set_member_role(target uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.profiles set role = new_role where id = target;
end;
$$;

grant execute on function public.set_member_role(uuid, text) to public;
