create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) on delete cascade,
  board_id uuid not null,
  title text not null,
  column_key text not null default 'todo',
  position double precision not null default 0,
  created_at timestamptz not null default now()
);

alter table public.tasks enable row level security;

create policy "Users can read own tasks"
  on public.tasks for select
  using (auth.uid() = owner_id);

create policy "Users can insert own tasks"
  on public.tasks for insert
  with check (auth.uid() = owner_id);

create policy "Users can update own tasks"
  on public.tasks for update
  using (auth.uid() = owner_id);
