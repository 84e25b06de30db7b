create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id),
  title text not null default 'Untitled',
  content text,
  is_archived boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

alter table public.documents enable row level security;

create policy "Enable read for authenticated users" on public.documents
  for select using (auth.role() = 'authenticated');

create policy "Enable insert for authenticated users" on public.documents
  for insert with check (auth.role() = 'authenticated');

create policy "Enable update for authenticated users" on public.documents
  for update using (auth.role() = 'authenticated');

create policy "Enable delete for authenticated users" on public.documents
  for delete using (auth.role() = 'authenticated');

create or replace function public.touch_updated_at() returns trigger
language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;

create trigger documents_touch before update on public.documents
  for each row execute function public.touch_updated_at();
