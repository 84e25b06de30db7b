create table public.points (
  user_id uuid primary key references auth.users (id) on delete cascade,
  balance integer not null default 0
);
alter table public.points enable row level security;
create policy "read own points" on public.points for select using (auth.uid() = user_id);
