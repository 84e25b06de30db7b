create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id) default auth.uid(),
  title text not null,
  content text not null default '',
  created_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "Owners can read documents"
  on public.documents for select
  using (auth.uid() = owner_id);

create policy "Owners can write documents"
  on public.documents for all
  using (auth.uid() = owner_id)
  with check (auth.uid() = owner_id);
