create table public.cards (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users(id),
  front text not null,
  back text not null
);
alter table public.cards enable row level security;
create policy "own cards" on public.cards for all using (user_id = auth.uid()) with check (user_id = auth.uid());
