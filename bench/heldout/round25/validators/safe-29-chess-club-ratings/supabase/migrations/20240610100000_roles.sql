create table public.club_roles (
  user_id uuid primary key references auth.users (id) on delete cascade,
  is_organizer boolean not null default false
);

alter table public.club_roles enable row level security;

create policy "read own role" on public.club_roles
  for select to authenticated using (user_id = (select auth.uid()));

create or replace function public.is_organizer()
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select r.is_organizer from public.club_roles r where r.user_id = auth.uid()), false);
$$;

revoke execute on function public.is_organizer() from public, anon;
grant execute on function public.is_organizer() to authenticated;
