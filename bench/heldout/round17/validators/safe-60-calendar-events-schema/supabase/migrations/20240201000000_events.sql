create table public.events (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  title text not null,
  starts_at timestamptz not null,
  slug text
);
alter table public.events enable row level security;
create policy "own events" on public.events for all using (user_id = auth.uid()) with check (user_id = auth.uid());
