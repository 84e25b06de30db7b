alter table public.beds enable row level security;
alter table public.plantings enable row level security;

create policy "own beds" on public.beds
  for all to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));

create policy "own plantings" on public.plantings
  for all to authenticated
  using (owner_id = (select auth.uid()))
  with check (owner_id = (select auth.uid()));
