create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null,
  signed boolean not null default false,
  file_path text not null
);

alter table public.documents enable row level security;

create policy "owner select" on public.documents for select using (owner_id = auth.uid());
create policy "owner update" on public.documents for update using (owner_id = auth.uid());
