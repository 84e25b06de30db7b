create table public.plants (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  name text not null,
  last_watered_at timestamptz,
  notes text
);

alter table public.plants enable row level security;

create policy "owner reads plants" on public.plants for select to authenticated using (owner_id = auth.uid());
create policy "owner adds plants" on public.plants for insert to authenticated with check (owner_id = auth.uid());
create policy "owner updates plants" on public.plants for update to authenticated
  using (owner_id = auth.uid()) with check (owner_id = auth.uid());
create policy "owner deletes plants" on public.plants for delete to authenticated using (owner_id = auth.uid());
