create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users(id),
  title text not null,
  body text
);
alter table public.notes enable row level security;
create policy "notes owner" on public.notes
  for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
