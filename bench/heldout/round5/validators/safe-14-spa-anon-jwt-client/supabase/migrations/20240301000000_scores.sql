create table public.scores (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users(id) default auth.uid(),
  score integer not null check (score >= 0),
  created_at timestamptz not null default now()
);

alter table public.scores enable row level security;

create policy "Leaderboard is public" on public.scores for select using (true);
create policy "Players insert own scores" on public.scores
  for insert to authenticated with check (auth.uid() = user_id);
