create table public.todos (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  is_complete boolean not null default false,
  inserted_at timestamptz not null default now()
);

alter table public.todos enable row level security;

create policy "Individuals can view their own todos." on public.todos
  for select using ((select auth.uid()) = user_id);

create policy "Individuals can create todos." on public.todos
  for insert with check ((select auth.uid()) = user_id);

create policy "Individuals can update their own todos." on public.todos
  for update using ((select auth.uid()) = user_id)
  with check ((select auth.uid()) = user_id);

create policy "Individuals can delete their own todos." on public.todos
  for delete using ((select auth.uid()) = user_id);
