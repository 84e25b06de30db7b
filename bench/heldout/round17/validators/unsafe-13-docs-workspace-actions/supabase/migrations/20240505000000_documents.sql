create table public.documents (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users (id),
  title text not null,
  content text
);
alter table public.documents enable row level security;
create policy "own docs read" on public.documents for select to authenticated using (owner_id = auth.uid());
create policy "own docs insert" on public.documents for insert to authenticated with check (owner_id = auth.uid());
create policy "docs delete" on public.documents for delete to authenticated using (true);
