create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null,
  steps text[] not null default '{}'
);
alter table public.recipes enable row level security;
create policy "owners manage recipes" on public.recipes
  for all using (auth.uid() = owner_id) with check (auth.uid() = owner_id);
