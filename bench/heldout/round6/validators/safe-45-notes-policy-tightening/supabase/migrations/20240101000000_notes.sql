create table public.notes (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  title text not null,
  body text
);

alter table public.notes enable row level security;

create policy "owners manage notes" on public.notes
  for all to authenticated using (owner_id = auth.uid()) with check (owner_id = auth.uid());
