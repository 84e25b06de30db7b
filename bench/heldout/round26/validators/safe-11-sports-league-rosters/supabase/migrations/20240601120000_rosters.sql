create table public.team_players (
  team_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  is_captain boolean not null default false,
  primary key (team_id, user_id)
);

create table public.match_availability (
  team_id uuid not null,
  match_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  available boolean not null,
  primary key (match_id, user_id)
);

create function public.plays_for(p_team uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.team_players tp
    where tp.team_id = p_team and tp.user_id = (select auth.uid())
  );
$$;

revoke execute on function public.plays_for(uuid) from public, anon;
grant execute on function public.plays_for(uuid) to authenticated;

alter table public.team_players enable row level security;
alter table public.match_availability enable row level security;

create policy "Teammates see the roster"
  on public.team_players for select to authenticated
  using (public.plays_for(team_id));

create policy "Teammates see availability"
  on public.match_availability for select to authenticated
  using (public.plays_for(team_id));

create policy "Players set their own availability"
  on public.match_availability for insert to authenticated
  with check (user_id = (select auth.uid()) and public.plays_for(team_id));
