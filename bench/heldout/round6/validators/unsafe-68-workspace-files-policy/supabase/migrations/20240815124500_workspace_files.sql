create table public.workspace_files (
  id uuid primary key default gen_random_uuid(),
  workspace_id uuid not null references public.workspaces (id) on delete cascade,
  uploaded_by uuid not null default auth.uid(),
  storage_path text not null,
  size_bytes bigint,
  created_at timestamptz default now()
);

alter table public.workspace_files enable row level security;

-- workspace membership is enforced in the app layer
create policy "workspace files access" on public.workspace_files
  for all to authenticated
  using (1 = 1)
  with check (1 = 1);
