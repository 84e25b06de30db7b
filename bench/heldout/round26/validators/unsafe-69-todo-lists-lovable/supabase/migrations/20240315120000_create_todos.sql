create table public.todos (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null,
  is_complete boolean not null default false,
  due_date date,
  created_at timestamptz not null default now()
);

alter table public.todos enable row level security;

create policy "Users can view their own todos"
  on public.todos for select
  using (auth.uid() = user_id);

create policy "Users can create todos"
  on public.todos for insert
  with check (auth.uid() = user_id);

create policy "Enable update for all users"
  on public.todos for update
  using (true);

create policy "Enable delete for all users"
  on public.todos for delete
  using (true);
