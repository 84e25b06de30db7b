create table if not exists public.tasks (
  id bigint generated always as identity primary key,
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  done boolean not null default false
);

alter table public.tasks enable row level security;

create policy "read own tasks" on public.tasks for select to authenticated
  using (owner_id = auth.uid());

create policy "insert tasks" on public.tasks for insert to authenticated
  with check (owner_id = auth.uid());

create policy "update tasks" on public.tasks for update to authenticated
  using (auth.role() = 'authenticated');

create policy "delete tasks" on public.tasks for delete to authenticated
  using (auth.role() = 'authenticated');
