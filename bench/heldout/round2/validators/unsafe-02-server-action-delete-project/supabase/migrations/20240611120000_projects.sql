create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid references auth.users (id) default auth.uid(),
  name text not null,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);

create table public.tasks (
  id uuid primary key default gen_random_uuid(),
  project_id uuid references public.projects (id) on delete cascade,
  title text not null,
  done boolean default false
);

alter table public.projects enable row level security;
alter table public.tasks enable row level security;

create policy "Authenticated users can manage projects"
  on public.projects for all
  to authenticated
  using (true)
  with check (true);

create policy "Authenticated users can manage tasks"
  on public.tasks for all
  to authenticated
  using (true)
  with check (true);
