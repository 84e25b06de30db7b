create table public.members (
  id uuid primary key references auth.users(id) on delete cascade,
  display_name text not null,
  club_role text not null default 'member',
  rating integer not null default 1200,
  phone text,
  joined_at timestamptz not null default now()
);

alter table public.members enable row level security;

create policy "Members can read their own row" on public.members
  for select using (auth.uid() = id);

-- Directory for the chess club members page
create or replace view public.member_directory as
  select m.id, m.display_name, m.rating, m.club_role, m.phone, u.email
  from public.members m
  join auth.users u on u.id = m.id;

grant select on public.member_directory to anon, authenticated;
