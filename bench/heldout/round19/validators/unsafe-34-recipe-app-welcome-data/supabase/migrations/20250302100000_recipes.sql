create table public.recipes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null,
  ingredients jsonb not null default '[]',
  is_private boolean not null default true
);

alter table public.recipes enable row level security;

create policy "owner all" on public.recipes for all to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
