create table if not exists public.user_roles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'moderator', 'admin'))
);

alter table public.user_roles enable row level security;

create policy "read own role" on public.user_roles
  for select to authenticated
  using (user_id = auth.uid());

create or replace function public.current_role_is(p_role text)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.user_roles r
    where r.user_id = auth.uid() and r.role = p_role
  );
$$;

revoke execute on function public.current_role_is(text) from public;
revoke execute on function public.current_role_is(text) from anon;
grant execute on function public.current_role_is(text) to authenticated;
