create table public.players (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null,
  rating integer not null default 1200,
  email text
);

alter table public.players enable row level security;

create policy "players read own row" on public.players
  for select to authenticated using (auth.uid() = id);

create table public.public_ratings (
  player_id uuid primary key references public.players (id) on delete cascade,
  display_name text not null,
  rating integer not null
);

alter table public.public_ratings enable row level security;
create policy "ratings are public" on public.public_ratings for select using (true);

create view public.leaderboard
with (security_invoker = true) as
select display_name, rating, rank() over (order by rating desc) as position
from public.public_ratings;

grant select on public.leaderboard to anon, authenticated;
grant select on public.public_ratings to anon, authenticated;
