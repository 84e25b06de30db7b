create table public.issues (
  id bigint generated always as identity primary key,
  project_id uuid not null,
  reporter_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  priority text not null default 'normal',
  created_at timestamptz not null default now()
);

alter table public.issues enable row level security;

create policy "Reporters manage their issues" on public.issues
  for all to authenticated
  using ((select auth.uid()) = reporter_id)
  with check ((select auth.uid()) = reporter_id);
