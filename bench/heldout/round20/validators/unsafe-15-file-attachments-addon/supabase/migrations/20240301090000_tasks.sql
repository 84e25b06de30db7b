create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null,
  done boolean not null default false
);
alter table public.tasks enable row level security;
create policy "tasks owner" on public.tasks for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
