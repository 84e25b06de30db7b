create table public.teams (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  created_by uuid not null references auth.users (id)
);

create table public.team_members (
  team_id uuid not null references public.teams (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role text not null default 'member' check (role in ('owner', 'admin', 'member')),
  joined_at timestamptz not null default now(),
  primary key (team_id, user_id)
);

alter table public.teams enable row level security;
alter table public.team_members enable row level security;

create or replace function public.is_member(t uuid)
returns boolean language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.team_members where team_id = t and user_id = auth.uid());
$$;

create policy "teams visible to members" on public.teams
  for select to authenticated using (public.is_member(id));

create policy "members visible to teammates" on public.team_members
  for select to authenticated using (public.is_member(team_id));

create policy "join team" on public.team_members
  for insert to authenticated with check (true);
