create table public.todos (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  done boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.todos enable row level security;

create policy "Users can read their todos" on public.todos
  for select using (auth.uid() = user_id);

create policy "Users can create todos" on public.todos
  for insert with check (auth.uid() = user_id);

create policy "Users can update todos" on public.todos
  for update using (true);

create policy "Users can delete todos" on public.todos
  for delete using (true);
