create table public.pet_records (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references auth.users(id) on delete cascade,
  pet_name text not null,
  vet_notes text
);

-- Never disable row level security on this table: it holds vet notes.
alter table public.pet_records enable row level security;
alter table public.pet_records force row level security;

create policy "owner reads pets" on public.pet_records
  for select to authenticated using (owner_id = (select auth.uid()));
create policy "owner writes pets" on public.pet_records
  for insert to authenticated with check (owner_id = (select auth.uid()));
