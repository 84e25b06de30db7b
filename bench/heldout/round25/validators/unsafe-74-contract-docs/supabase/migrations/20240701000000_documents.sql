create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null,
  body jsonb not null default '{}'::jsonb,
  signed boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "authenticated users can manage documents"
  on public.documents
  as permissive
  for all
  to authenticated
  using (true)
  with check (true);
