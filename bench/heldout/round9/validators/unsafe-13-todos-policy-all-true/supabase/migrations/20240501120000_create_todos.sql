create extension if not exists "pgcrypto";

create table if not exists public.todos (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  title text not null check (char_length(title) > 0),
  notes text,
  is_complete boolean not null default false,
  due_date date,
  created_at timestamptz not null default now()
);

create index if not exists todos_user_id_idx on public.todos (user_id);

alter table public.todos enable row level security;

-- Allow the app to work with todos
create policy "Enable all access for todos"
  on public.todos
  for all
  using (true)
  with check (true);
