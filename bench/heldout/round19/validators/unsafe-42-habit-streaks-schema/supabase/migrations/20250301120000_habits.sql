create table public.habits (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  name text not null,
  streak integer not null default 0,
  created_at timestamptz not null default now()
);

alter table public.habits enable row level security;

create policy "Users can view their habits" on public.habits
  for select to authenticated using (auth.uid() = user_id);

create policy "Users can create habits" on public.habits
  for insert to authenticated with check (auth.uid() = user_id);

create policy "Users can update habits" on public.habits
  for update to authenticated using (true);

create policy "Users can delete habits" on public.habits
  for delete to authenticated using (true);
