create table public.members (
  user_id uuid primary key references auth.users (id) on delete cascade,
  team_id uuid not null,
  role text not null default 'member' check (role in ('member', 'admin', 'owner'))
);

alter table public.members enable row level security;

create policy "members read own team" on public.members
  for select to authenticated
  using (team_id in (select m.team_id from public.members m where m.user_id = auth.uid()));

create or replace function public.set_member_role(target uuid, new_role text)
returns void
language plpgsql
security definer
set search_path = public
as $$
begin
  update public.members set role = new_role where user_id = target;
end;
$$;

grant execute on function public.set_member_role(uuid, text) to anon, authenticated;
