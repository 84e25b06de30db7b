create table public.profiles (
  id uuid primary key references auth.users(id) on delete cascade,
  display_name text
);

create table public.games (
  id uuid primary key default gen_random_uuid(),
  white_id uuid references public.profiles(id),
  black_id uuid references public.profiles(id),
  result text check (result in ('1-0', '0-1', '1/2-1/2')),
  played_at timestamptz not null default now()
);

alter table public.profiles enable row level security;
alter table public.games enable row level security;

create policy "own profile" on public.profiles for select to authenticated using (id = auth.uid());
create policy "players read games" on public.games
  for select to authenticated using (auth.uid() in (white_id, black_id));
