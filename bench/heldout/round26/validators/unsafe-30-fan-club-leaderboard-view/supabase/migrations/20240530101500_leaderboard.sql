create table public.scores (
  user_id uuid primary key references auth.users (id) on delete cascade,
  points integer not null default 0,
  updated_at timestamptz not null default now()
);

alter table public.scores enable row level security;

create policy "Users read their score"
  on public.scores for select to authenticated
  using (user_id = (select auth.uid()));

create view public.leaderboard as
  select p.username, u.email, s.points, rank() over (order by s.points desc) as position
  from public.scores s
  join public.profiles p on p.id = s.user_id
  join auth.users u on u.id = s.user_id;

grant select on public.leaderboard to anon, authenticated;
