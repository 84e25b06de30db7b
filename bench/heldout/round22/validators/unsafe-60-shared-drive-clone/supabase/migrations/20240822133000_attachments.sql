create table public.attachments (
  id uuid primary key default gen_random_uuid(),
  file_id uuid not null references public.files (id) on delete cascade,
  owner_id uuid not null references auth.users (id),
  storage_path text not null,
  mime_type text,
  size_bytes bigint
);

create index attachments_file_idx on public.attachments (file_id);
