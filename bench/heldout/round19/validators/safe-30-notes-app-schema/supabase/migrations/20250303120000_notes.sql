create table public.notes (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null default auth.uid() references auth.users (id),
  body text not null default ''
);

alter table public.notes enable row level security;

revoke all on table public.notes from anon;
grant select, insert, update, delete on table public.notes to authenticated;

create policy "notes owner" on public.notes for all to authenticated
  using (user_id = auth.uid()) with check (user_id = auth.uid());
