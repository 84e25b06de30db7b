create table public.waterings (
  id bigint generated always as identity primary key,
  plant_id uuid not null,
  user_id uuid not null references auth.users (id) on delete cascade,
  watered_at timestamptz not null default now()
);

alter table public.waterings enable row level security;

create policy "owner reads waterings" on public.waterings
  for select to authenticated using ((select auth.uid()) = user_id);
create policy "owner adds waterings" on public.waterings
  for insert to authenticated with check (
    (select auth.uid()) = user_id
    and exists (select 1 from public.plants p where p.id = plant_id and p.owner_id = (select auth.uid()))
  );
