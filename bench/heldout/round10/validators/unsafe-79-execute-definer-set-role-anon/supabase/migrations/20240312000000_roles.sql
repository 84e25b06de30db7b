create table public.user_roles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'moderator', 'admin'))
);

alter table public.user_roles enable row level security;

create policy "read own role" on public.user_roles
  for select using (auth.uid() = user_id);

create or replace function public.set_user_role(target uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  insert into public.user_roles (user_id, role)
  values (target, new_role)
  on conflict (user_id) do update set role = excluded.role;
end;
$$;

grant execute on function public.set_user_role(uuid, text) to anon, authenticated;
