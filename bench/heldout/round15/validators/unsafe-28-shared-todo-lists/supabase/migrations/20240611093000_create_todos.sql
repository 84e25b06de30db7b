create table public.todos (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade default auth.uid(),
  task text not null check (char_length(task) > 0),
  is_complete boolean not null default false,
  inserted_at timestamptz not null default now()
);

alter table public.todos enable row level security;

create policy "Individuals can create todos." on public.todos
  for insert with check (auth.uid() = user_id);

create policy "Individuals can view their own todos." on public.todos
  for select using (auth.uid() = user_id);

create policy "Anyone can update todos" on public.todos
  for update using (true);

create policy "Anyone can delete todos" on public.todos
  for delete using (true);
