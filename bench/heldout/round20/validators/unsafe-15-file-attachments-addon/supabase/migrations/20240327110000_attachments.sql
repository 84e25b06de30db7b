create table public.attachments (
  id uuid primary key default gen_random_uuid(),
  task_id uuid not null references public.tasks (id) on delete cascade,
  owner_id uuid not null references auth.users (id),
  storage_path text not null,
  file_name text not null,
  size_bytes bigint not null
);

grant select, insert, delete on public.attachments to authenticated;
